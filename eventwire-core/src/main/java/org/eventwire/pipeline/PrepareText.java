package org.eventwire.pipeline;

import java.util.Set;
import org.eventwire.model.Article;
import org.eventwire.model.ArticleLayout;
import org.eventwire.model.TextSpan;

/** Blanks everything but the body of wire copy, keeping offsets (stage 1). */
public final class PrepareText implements Stage<Article, CodableText> {

  @Override
  public String name() {
    return "prepare-text";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.ARTICLE);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.CODABLE_TEXT);
  }

  @Override
  public CodableText apply(Article article) {
    String text = article.text();
    ArticleLayout layout = article.layout();
    TextSpan body = layout == null ? new TextSpan(0, text.length()) : layout.body();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(body.contains(i) || c == '\n' ? c : ' ');
    }
    return new CodableText(article, out.toString());
  }
}
