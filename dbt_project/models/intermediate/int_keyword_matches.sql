-- Topic and tone keywords found in the tokens. A token matches a stem when it starts with it, or
-- equals it for short words marked exact; a two-token keyword ("сельское хозяйство") also needs the
-- next token of the sentence to start with its next_stem. Tokens meet stems on an equi-join of their
-- first four letters, so only pairs sharing that key are compared, and neighbouring tokens are looked
-- up for those candidates only. Within a keyword set the longest keyword wins a token
-- ("импортозамещения" is industrial cooperation, not the trade stem "импорт"), and the second token
-- of a two-token match is not counted again on its own. A keyword is negated right after не or без
-- (Russian, Ukrainian, Belarusian), nie or bez (Polish), not, no, without or the t of n't (English);
-- Kazakh negates inside the verb (келіспеді), which the Kazakh stems leave out.
with tokens as (
    -- the body's (topics and tone are read from the body; the title is sentence -1)
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
        coalesce(previous_token.token_norm in ('не', 'без', 'nie', 'bez', 'not', 'no', 'without', 't'), false)
            as is_negated
    from uncovered
    left join tokens as previous_token
        on
            uncovered.article_id = previous_token.article_id
            and uncovered.sentence_idx = previous_token.sentence_idx
            and uncovered.token_idx - 1 = previous_token.token_idx
)

{{ with_article_load('tokens') }}
