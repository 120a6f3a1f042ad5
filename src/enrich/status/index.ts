export { COMPILED_STATUS_RULES, measureStatus, type StatusResult, type StatusRule } from './classify.js';
export { STATUS_MEANINGS, STATUS_RULES, type StatusRuleSpec } from './rules.js';
export { DECISIONS, type Decision, FEATURE_PHRASES } from './decisions.js';
