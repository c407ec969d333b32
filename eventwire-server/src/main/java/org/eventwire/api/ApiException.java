package org.eventwire.api;

/** A request the API refuses, with the status and the words the client gets. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;

  public ApiException(int status, String message, String parameter) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
  }

  /** 400: the parameter {@code name} is wrong in the way {@code message} says. */
  public static ApiException badParameter(String name, String message) {
    return new ApiException(400, "parameter '" + name + "': " + message, name);
  }

  /** 404: nothing of this kind has this id. */
  public static ApiException notFound(String what, String id) {
    return new ApiException(404, "no " + what + " with id '" + id + "'", null);
  }

  public int status() {
    return status;
  }

  /** The parameter at fault, or null. */
  public String parameter() {
    return parameter;
  }
}
