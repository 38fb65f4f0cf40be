// Validates FollowTheMoney entities (JSON lines) against the followthemoney model as
// published on npm (@alephdata/followthemoney): each entity's schema exists and is
// not abstract, has its required properties, uses only properties of its schema, and
// every value fits its property type (dates are ISO prefixes, references point at an
// entity in the file of the schema the property expects, no empty strings, lengths
// within the type's limit). Prints each error and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Model, defaultModel } = require('@alephdata/followthemoney');

const model = new Model(defaultModel);
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim() !== '');
const entities = lines.map((line) => JSON.parse(line));
const byId = new Map(entities.map((e) => [e.id, e]));
const errors = [];
const dateValue = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

for (const entity of entities) {
  const where = `${entity.id} (${entity.schema})`;
  let schema;
  try {
    schema = model.getSchema(entity.schema);
  } catch (e) {
    errors.push(`${where}: no schema ${entity.schema}`);
    continue;
  }
  if (!schema || schema.abstract) {
    errors.push(`${where}: schema is missing or abstract`);
    continue;
  }
  const properties = entity.properties || {};
  for (const name of schema.required) {
    if (!Array.isArray(properties[name]) || properties[name].length === 0)
      errors.push(`${where}: required property ${name} missing`);
  }
  for (const [name, values] of Object.entries(properties)) {
    if (!schema.hasProperty(name)) {
      errors.push(`${where}: ${schema.name} has no property ${name}`);
      continue;
    }
    const property = schema.getProperty(name);
    if (!Array.isArray(values)) {
      errors.push(`${where}: ${name} is not a list of values`);
      continue;
    }
    for (const value of values) {
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push(`${where}: ${name} has an empty or non-text value ${JSON.stringify(value)}`);
        continue;
      }
      const type = property.type;
      if (type.maxLength && value.length > type.maxLength)
        errors.push(`${where}: ${name} value longer than ${type.maxLength}`);
      if (type.name === 'date' && !dateValue.test(value))
        errors.push(`${where}: ${name} "${value}" is not an FtM date`);
      if (type.name === 'url' && !/^https?:\/\/\S+$/.test(value))
        errors.push(`${where}: ${name} "${value}" is not a URL`);
      if (type.name === 'number' && !/^-?\d+(\.\d+)?$/.test(value))
        errors.push(`${where}: ${name} "${value}" is not a number`);
      if (type.values && type.values.size > 0 && !type.values.has(value))
        errors.push(`${where}: ${name} "${value}" is not one of the ${type.name} values`);
      if (type.isEntity) {
        const target = byId.get(value);
        if (!target) errors.push(`${where}: ${name} points at ${value}, which is not in the file`);
        else if (!model.getSchema(target.schema).isA(property.getRange()))
          errors.push(`${where}: ${name} points at a ${target.schema}, not a ${property.getRange().name}`);
      }
    }
  }
}
for (const error of errors) console.log(error);
console.log(`${entities.length} entities, ${errors.length} errors`);
process.exit(errors.length === 0 ? 0 : 1);
