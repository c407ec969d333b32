/**
 * The analyst web UI: static pages, scripts and styles served with their webjar assets. Plain
 * HTML/JS/CSS, no build step and nothing fetched from outside at run time.
 */
package org.eventwire.web;
