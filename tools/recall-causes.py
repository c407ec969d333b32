#!/usr/bin/env python3
# Sorts the corpus's missed required events by cause (issue 3), for finding general faults.
#   bin/eventwire code --explain samples/articles > /tmp/coded.jsonl
#   python3 tools/recall-causes.py /tmp/coded.jsonl [GOLD_DIR]
# Pairs gold with coded events as EventMatcher does (type or alternative, parties fit); for each
# missed required event it lists the events coded from the gold evidence's sentence and names a
# cause: no predicate (none of them comes from the evidence's words), wrong type, actor missing or
# wrong, recipient missing or wrong. `code` runs without the gold's publication dates, so a few
# pairings differ from `bin/eventwire eval`. Written for eventwire (GPL-3.0-or-later).
import json, glob, sys, os, collections
codefile = sys.argv[1]
golddir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', 'eventwire-core/src/test/resources/corpus')
preds = collections.defaultdict(list)
for line in open(codefile):
    line=line.strip()
    if not line: continue
    e = json.loads(line)
    preds[e['article_id']].append(e)
def keys(refs):
    s=set()
    for a in refs:
        if a.get('country'): s.add(a['country'])
        if a.get('igo'): s.add('IGO:'+a['igo'])
    return s
def meets(g,p): return not g or any(x in p for x in g)
def fits(g, e):
    t=e['type']
    if t!=g['type'] and t not in g.get('alt_types',[]): return False
    A=keys(e['actors']); R=keys(e['recipients'])
    if meets(g['actor'],A) and meets(g['recipient'],R): return True
    if g.get('directed',True): return False
    if meets(g['recipient'],A) and meets(g['actor'],R): return True
    gp=set(g['actor'])|set(g['recipient'])
    return bool(gp) and gp <= (A|R)
def lab(refs):
    return '+'.join(('/'.join(sorted(keys([a]))) or a.get('code') or '"'+a.get('text','')+'"') for a in refs) or '-'
counts=collections.Counter(); total=0; found=0
out=[]
for gf in sorted(glob.glob(golddir+'/*.json')):
    d=json.load(open(gf)); aid=d['id']; P=preds.get(aid,[])
    gold=d['events']
    # greedy assign like EventMatcher (approx: just any fit, then unique assignment)
    cands=[(gi,pi) for gi,g in enumerate(gold) for pi,e in enumerate(P) if fits(g,e)]
    cands.sort(key=lambda c:(-(2 if gold[c[0]]['type']==P[c[1]]['type'] else 1), c[0], c[1]))
    used=set(); pairs={}
    for gi,pi in cands:
        if gi not in pairs and pi not in used: pairs[gi]=pi; used.add(pi)
    for gi,g in enumerate(gold):
        if not g['required']: continue
        total+=1
        if gi in pairs: found+=1; continue
        ev=g['evidence']; pieces=[x.strip() for x in ev.split('...')]
        same=[e for e in P if any(pc[:40] in e['evidence']['sentence'] or e['evidence']['sentence'][:40] in pc for pc in pieces)]
        typed=[e for e in same if e['type']==g['type'] or e['type'] in g.get('alt_types',[])]
        anytyped=[e for e in P if e['type']==g['type'] or e['type'] in g.get('alt_types',[])]
        ev_l=ev.lower()
        near=[e for e in same if (e['evidence'].get('trigger') or '').split(' ')[0].lower() in ev_l]
        if not same: cause='no predicate'
        elif not typed and not near: cause='no predicate'
        elif not typed: cause='wrong type'
        else:
            cause=None
            for e in typed:
                A=keys(e['actors']); R=keys(e['recipients'])
                if not meets(g['actor'],A) :
                    c='actor missing' if not A else 'actor wrong'
                else:
                    c='recipient missing' if not R else 'recipient wrong'
                cause = cause or c
        counts[cause]+=1
        out.append(f"## {aid} #{g['n']} {g['type']} {'+'.join(g['actor'])}->{'+'.join(g['recipient'])} dir={g.get('directed',True)} alt={g.get('alt_types')} [{cause}]\n   gold: {g.get('actor_text')} -> {g.get('recipient_text')}\n   ev: {ev}")
        for e in same:
            out.append(f"   same-sent: {e['type']} {lab(e['actors'])} -> {lab(e['recipients'])} trig='{e['evidence'].get('trigger')}' {e['modality']} | {e.get('explain',{}).get('arguments','')}")
        if not same:
            for e in anytyped[:3]:
                out.append(f"   elsewhere-same-type: {e['type']} {lab(e['actors'])} -> {lab(e['recipients'])} :: {e['evidence']['sentence'][:100]}")
print('\n'.join(out))
print(f"found {found}/{total}")
for k,v in counts.most_common(): print(v,k)
