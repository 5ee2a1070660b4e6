/**
 * Every GraphQL operation the web app sends. `npm run codegen` reads the graphql(`...`) calls
 * below and writes their result and variable types to src/gql/, so a page reads typed data.
 */
import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      party {
        id
        code
        name
      }
      roles
    }
  }
`);
