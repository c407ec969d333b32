/**
 * Puts the stages together: an article goes in, event records come out. Stages declare what they
 * need and provide; the pipeline checks their order once, at start-up.
 */
package org.eventwire.pipeline;
