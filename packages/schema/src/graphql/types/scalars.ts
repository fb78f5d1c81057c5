import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from '../builder.js';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string with a time zone (2021-09-30T10:00:00.000Z).',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString()),
  parseValue: (v) => {
    const d = typeof v === 'string' ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(v as string))
      throw new GraphQLError(`DateTime: expected an ISO 8601 string, got ${JSON.stringify(v)}`);
    return d;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime: expected a string');
    const d = new Date(ast.value);
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`DateTime: invalid "${ast.value}"`);
    return d;
  },
});

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      throw new GraphQLError('JSON: variables are not allowed inside a JSON literal');
  }
}

builder.scalarType('JSON', {
  description: 'Any JSON value (an assessment file).',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new GraphQLError('Upload is an input type');
  },
  parseValue: (v) => {
    // Servers hand over their own File implementations (whatwg-node's on Node): check the shape, not the class.
    const f = v as File | null;
    if (!f || typeof f !== 'object' || typeof f.arrayBuffer !== 'function' || typeof f.type !== 'string')
      throw new GraphQLError('Upload: expected a file part of a multipart request');
    return f;
  },
});
