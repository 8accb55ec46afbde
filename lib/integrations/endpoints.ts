// Endpoint contracts of this domain (see lib/api/endpoint.ts); every export is added to the OpenAPI document.
export {};
