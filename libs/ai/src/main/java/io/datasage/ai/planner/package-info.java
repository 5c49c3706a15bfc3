/**
 * The offline planner: questions in plain language to chart specs, deterministically, with no LLM and no network.
 *
 * <p>The pipeline: {@code Tokenizer} normalises the words and {@code HyphenatedNames} joins "check-ins" where a
 * name has "checkin"; {@code Annotator} proposes every
 * reading of every run of words (column, category value, keyword, date, number) and keeps the longest, best ones;
 * {@code PhraseRewrites} rereads phrases that mean more than their words ("match results (FTR)", "per match"), and
 * {@code NameNeighbours}, {@code FlagWords} and {@code RowWords} reread a name beside another name ("actual kg"), a
 * yes/no name split by the question ("the queen wasn't seen") and words naming what the rows are ("volunteer hours");
 * {@code QuestionParser} reads filters, then what each column is for, then the keywords; {@code ChartChooser} picks
 * the chart, or {@code FollowUps} edits the previous one. {@link io.datasage.ai.planner.OfflinePlanner} is the entry
 * point; see the module README for the vocabulary and the decisions.
 */
package io.datasage.ai.planner;
