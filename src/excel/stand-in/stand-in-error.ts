// Errors shaped like OfficeExtension.Error: a `code` the adapter can test, and Excel's own wording.

export class StandInError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function propertyNotLoaded(property: string): StandInError {
  return new StandInError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): StandInError {
  return new StandInError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(what: string): StandInError {
  return new StandInError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what}.`);
}
