package org.tarikh.server;

/**
 * A request the API refuses, with the HTTP status and a short machine code; the server answers it
 * as {@code {"error": {"status": 400, "code": "bad-request", "message": "..."}}}.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad-request", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not-found", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
