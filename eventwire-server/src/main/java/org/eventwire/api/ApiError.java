package org.eventwire.api;

/**
 * The body of every error response.
 *
 * @param status HTTP status
 * @param error its reason phrase
 * @param message what went wrong, for a person
 * @param parameter the request parameter at fault, or null
 */
public record ApiError(int status, String error, String message, String parameter) {}
