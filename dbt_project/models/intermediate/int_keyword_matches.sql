-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- Topic and tone keywords found in the tokens. A token matches a stem when it starts with it, or
-- equals it for short words marked exact; a two-token keyword ("сельское хозяйство") also needs the
-- next token of the sentence to start with its next_stem. Tokens meet stems on an equi-join of their
-- first four letters, so only pairs sharing that key are compared, and neighbouring tokens are looked
-- up for those candidates only. Within a keyword set the longest keyword wins a token
-- ("импортозамещения" is industrial cooperation, not the trade stem "импорт"), and the second token
-- of a two-token match is not counted again on its own. A keyword is negated by не or без
-- (Russian, Ukrainian, Belarusian), nie or bez (Polish), not, no, without or the t of n't (English)
-- right before it or up to three words before it in the same clause: "не планирует вводить
-- санкции", "does not plan to impose sanctions" (no punctuation, conjunction or other keyword
-- between, and not "не только", "not only", "не менее"); Kazakh negates inside the verb (келіспеді), which the
-- Kazakh stems leave out.
with tokens as not materialized (
    -- the body's (topics and tone are read from the body; the title is sentence -1), read where
    -- used, as a scan that streams: a materialized copy of every token of the build would be held
    -- in memory (beyond DuckDB's memory limit: spilled)
    select * from {{ ref('stg_tokens') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0
),

keywords as (
    {{ keyword_set('topic', 'stg_topic_keywords', 'topic', 'weight') }}
    union all
    {{ keyword_set('tone', 'stg_tone_keywords', 'quad_class') }}
),

candidates as (
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        tokens.char_start,
        tokens.char_end,
        tokens.token,
        tokens.gap_after,
        keywords.keyword_set,
        keywords.category,
        keywords.stem,
        keywords.next_stem,
        keywords.n_tokens,
        keywords.weight
    from tokens
    inner join keywords on left(tokens.token_norm, 4) = keywords.stem_key
    where
        (keywords.is_exact and tokens.token_norm = keywords.stem)
        or (not keywords.is_exact and starts_with(tokens.token_norm, keywords.stem))
),

one_token_matches as (
    select
        article_id,
        sentence_idx,
        token_idx,
        n_tokens,
        char_start,
        char_end,
        token as matched_text,
        keyword_set,
        category,
        stem,
        next_stem,
        weight
    from candidates
    where next_stem is null
),

two_token_matches as (
    select
        candidates.article_id,
        candidates.sentence_idx,
        candidates.token_idx,
        candidates.n_tokens,
        candidates.char_start,
        next_token.char_end,
        candidates.token || candidates.gap_after || next_token.token as matched_text,
        candidates.keyword_set,
        candidates.category,
        candidates.stem,
        candidates.next_stem,
        candidates.weight
    from candidates
    inner join tokens as next_token
        on
            candidates.article_id = next_token.article_id
            and candidates.sentence_idx = next_token.sentence_idx
            and candidates.token_idx + 1 = next_token.token_idx
    where
        candidates.next_stem is not null
        and starts_with(next_token.token_norm, candidates.next_stem)
),

matches as (
    select * from one_token_matches
    union all
    select * from two_token_matches
),

longest as (
    -- stems are unique within a keyword set (seed tests), so two matches of one token differ in length
    select matches.*
    from matches
    where not exists (
        select 1
        from matches as longer
        where
            longer.article_id = matches.article_id
            and longer.token_idx = matches.token_idx
            and longer.keyword_set = matches.keyword_set
            and (
                longer.n_tokens > matches.n_tokens
                or (longer.n_tokens = matches.n_tokens and length(longer.stem) > length(matches.stem))
            )
    )
),

uncovered as (
    select longest.*
    from longest
    where not exists (
        select 1
        from longest as two_token
        where
            two_token.article_id = longest.article_id
            and two_token.keyword_set = longest.keyword_set
            and two_token.n_tokens = 2
            and two_token.token_idx = longest.token_idx - 1
    )
),

conjunctions as (
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind = 'conjunction'
),

negations as (
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind = 'negation'
),

negation_breakers as (
    -- a word right after a negation that makes it no negation: не только, не менее, not only
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind = 'negation_breaker'
),

matched_tokens as (
    select distinct
        article_id,
        sentence_idx,
        token_idx
    from uncovered
),

preceding as (
    -- the four tokens before each matched token, nearest first (offset 1)
    select
        keyword_tokens.article_id,
        keyword_tokens.token_idx,
        steps.k,
        earlier.token_norm,
        trim(earlier.gap_after) = '' as open_after,
        -- a conjunction or another keyword ends the reach of a negation before it
        earlier.token_norm in (select conjunctions.cue from conjunctions)
        or later_keyword.token_idx is not null as is_stop
    from matched_tokens as keyword_tokens
    cross join range(1, 5) as steps (k)
    inner join tokens as earlier
        on
            keyword_tokens.article_id = earlier.article_id
            and keyword_tokens.sentence_idx = earlier.sentence_idx
            and keyword_tokens.token_idx - steps.k = earlier.token_idx
    left join matched_tokens as later_keyword
        on
            earlier.article_id = later_keyword.article_id
            and earlier.token_idx = later_keyword.token_idx
),

negated as (
    -- a negation word whose clause runs on to the keyword: nothing but spaces after it and after
    -- every word up to the keyword, no conjunction or other keyword among those words, and no
    -- "только"/"only" after it
    select distinct
        article_id,
        token_idx
    from (
        select
            *,
            bool_and(open_after) over nearest_first as open_to_keyword,
            coalesce(bool_or(is_stop) over words_between, false) as stop_between,
            lag(token_norm) over nearest_first as word_after
        from preceding
        window
            nearest_first as (partition by article_id, token_idx order by k),
            words_between as (
                partition by article_id, token_idx order by k rows between unbounded preceding and 1 preceding
            )
    ) as reach
    where
        token_norm in (select negations.cue from negations)
        and open_to_keyword
        and not stop_between
        and (k = 1 or word_after not in (select negation_breakers.cue from negation_breakers))
),

final as (
    select
        uncovered.article_id,
        uncovered.sentence_idx,
        uncovered.token_idx,
        uncovered.n_tokens,
        uncovered.char_start,
        uncovered.char_end,
        uncovered.matched_text,
        uncovered.keyword_set,
        uncovered.category,
        uncovered.stem,
        uncovered.next_stem,
        uncovered.weight,
        negated.token_idx is not null as is_negated
    from uncovered
    left join negated
        on
            uncovered.article_id = negated.article_id
            and uncovered.token_idx = negated.token_idx
)

{{ with_article_load('tokens') }}
