/**
 * The JSON API over the event store: endpoints, request parsing, errors and the OpenAPI document.
 * Read-only except the token-guarded article upload.
 */
package org.eventwire.api;
