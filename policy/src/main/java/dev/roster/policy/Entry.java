package dev.roster.policy;

import dev.roster.model.Contract;

/** One contract in scope of one rule for one person on the evaluation day. */
record Entry(Rule rule, Contract contract) {
}
