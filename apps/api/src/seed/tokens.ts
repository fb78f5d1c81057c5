import { type Db, tokensOfUsers } from '@openita/schema';
import { PEOPLE } from './names.js';

export function demoUserNames(): string[] {
  return [PEOPLE.admin, PEOPLE.reviewer, PEOPLE.auditor, PEOPLE.auditor2, PEOPLE.reader];
}

export function apiTokensOf(db: Db, userNames: string[]) {
  return tokensOfUsers(db, userNames);
}
