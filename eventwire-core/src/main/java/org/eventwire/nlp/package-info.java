/**
 * Natural-language analysis: the only package that imports Stanford CoreNLP. Its output is wrapped
 * once into the small immutable types here (tokens, dependencies, time expressions).
 */
package org.eventwire.nlp;
