// The browsable API: Swagger UI from its webjar over our own description; nothing from outside.
"use strict";

window.SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#swagger",
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true,
});
