import {
  type GraphQLEnumType,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { roleEnumValues } from '../../server/graphql/resolvers/party.resolvers';
import { buildSchema } from '../../server/graphql/schema';
import { ROLES } from '../../server/models/roles';
import type { UserErrorCode } from '../../server/shared/user-error';

const schema = buildSchema();

/** Exhaustive by type: adding a code to user-error.ts without adding it here fails to compile. */
const USER_ERROR_CODES: Record<UserErrorCode, true> = {
  VALIDATION: true,
  NOT_FOUND: true,
  DUPLICATE: true,
  CONFLICT: true,
  EVENT_NOT_ACCEPTED: true,
  FORBIDDEN: true,
  BUSINESS_RULE: true,
};

function enumNames(name: string): string[] {
  return (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
}

describe('schema', () => {
  it('mirrors the service UserErrorCode in the UserErrorCode enum', () => {
    expect(enumNames('UserErrorCode')).toEqual(Object.keys(USER_ERROR_CODES));
  });

  it('has one Role value per stored role, mapped to it', () => {
    expect(enumNames('Role')).toEqual(ROLES.map((role) => role.toUpperCase()));
    expect((schema.getType('Role') as GraphQLEnumType).getValues().map((value) => value.value)).toEqual([...ROLES]);
    expect(Object.values(roleEnumValues)).toEqual([...ROLES]);
  });

  it('describes every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    const check = (path: string, description: string | null | undefined) => {
      if (!description?.trim()) undocumented.push(path);
    };
    const own = (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      check(type.name, type.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(undocumented).toEqual([]);
  });
});
