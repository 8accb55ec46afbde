// Endpoint contracts of this domain (see lib/api/endpoint.ts); filled in by its use cases.
export {};
