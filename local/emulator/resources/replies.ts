/** Answers in the request's format: entities and sets, empty answers, and the results of void and primitive methods. */
import { ApiResponse } from '../exchange';
import { Complex, Entity, EntitySet, Format, Val, contentTypeFor, serialize } from '../format';

export class Replies {
  constructor(readonly format: Format, private readonly apiBase: string) {}

  ok(value: Entity | EntitySet | Complex | Val, status = 200, headers: Record<string, string> = {}): ApiResponse {
    return {
      status,
      headers: { 'Content-Type': contentTypeFor(this.format), ...headers },
      body: JSON.stringify(serialize(value, this.format, this.apiBase))
    };
  }

  empty(status: 200 | 204, headers: Record<string, string> = {}): ApiResponse {
    return { status, headers, body: '' };
  }

  /** A body already in the request's format. */
  json(body: unknown): ApiResponse {
    return { status: 200, headers: { 'Content-Type': contentTypeFor(this.format) }, body: JSON.stringify(body) };
  }

  /** A method returning void: JSON light `{"odata.null":true}`, verbose `{"d":{"Name":null}}`. */
  voidResult(name: string): ApiResponse {
    return this.json(this.format === 'verbose' ? { d: { [name]: null } } : { 'odata.null': true });
  }

  /** A method returning a primitive (Edm.Guid ...). */
  primitiveResult(name: string, type: string, value: string): ApiResponse {
    return this.json(this.format === 'verbose' ? { d: { [name]: value } }
      : this.format === 'minimal' ? { 'odata.metadata': `${this.apiBase}/$metadata#${type}`, value } : { value });
  }

  /** A method returning a collection of complex values (`Collection(SP.ListItemFormUpdateValue)`). */
  complexCollectionResult(name: string, elementType: string, values: Array<Record<string, Val>>): ApiResponse {
    const type = `Collection(${elementType})`;
    if (this.format === 'verbose') {
      return this.json({ d: { [name]: { __metadata: { type }, results: values.map((value) => ({ __metadata: { type: elementType }, ...value })) } } });
    }
    return this.json(this.format === 'minimal' ? { 'odata.metadata': `${this.apiBase}/$metadata#${type}`, value: values } : { value: values });
  }

  /** A method's result named as verbose names it (`{"d":{"EffectiveBasePermissions":{...}}}`). */
  namedResult(name: string, value: Complex): ApiResponse {
    if (this.format !== 'verbose') return this.ok(value);
    const inner = (serialize(value, 'verbose', this.apiBase) as { d: unknown }).d;
    return this.json({ d: { [name]: inner } });
  }
}
