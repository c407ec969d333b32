/**
 * Natural-language analysis: the only package that imports Stanford CoreNLP, plus our own time
 * rules; the output is wrapped once into small immutable types (tokens, dependencies, times).
 */
package org.eventwire.nlp;
