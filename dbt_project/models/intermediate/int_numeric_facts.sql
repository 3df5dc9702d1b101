-- Each number mention tied to the country pair it is about: the strongest pair among the
-- countries of its own sentence, else the article's strongest pair with a country of the
-- sentence, else the article's strongest pair. Only the pairs with a country of the fact's
-- sentence and the article's strongest pair are candidates (any other pair ranks below the
-- latter), so a long article's cost grows with its facts, not with its facts times its pairs.
-- A fact of the title (source_field = 'title') has its offsets in the title; its sentence is the
-- title, and the countries the title names (read with the gazetteer's forms, as a sentence of
-- the body is) take the place of its sentence's: the article's pair the title names wins over the
-- article's strongest.
with facts as (
    select * from {{ ref('stg_number_mentions') }}
    where {{ is_new_row('load_seq') }}
),

sentences as (
    select * from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }}
),

articles as (
    select
        article_id,
        body_start,
        title
    from {{ ref('stg_articles') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

units as (
    select * from {{ ref('stg_units') }}
),

dyads as (
    select * from {{ ref('dyad_articles') }}
    where {{ is_new_article('article_id') }}
),

forms as (
    select * from {{ ref('stg_country_forms') }}
),

title_words as (
    -- the words of the titles that have facts, as the body's tokens are read (letters only; lower
    -- case and ё as е in title_ngrams), each with a hyphen right after it if any
    select
        article_id,
        regexp_extract_all(title, '\p{L}+[-‐‑‒–]?') as words
    from articles
    where article_id in (
        select facts.article_id from facts
        where facts.source_field = 'title'
    )
),

title_tokens as (
    select
        article_id,
        unnest(words) as token,
        unnest(range(1, len(words) + 1)) as token_idx
    from title_words
),

title_ngrams as (
    -- the 1..4-word windows of each title, as int_entity_mentions reads a sentence
    select
        first_tokens.article_id,
        first_tokens.token_idx,
        sizes.n_tokens,
        string_agg(replace(lower(rtrim(words.token, '-‐‑‒–')), 'ё', 'е'), ' ' order by words.token_idx) as ngram,
        regexp_matches(any_value(first_tokens.token), '^\p{Lu}') as is_capitalized,
        bool_or(
            words.token_idx = first_tokens.token_idx + sizes.n_tokens - 1
            and regexp_matches(words.token, '[-‐‑‒–]$')
        ) as hyphen_after
    from title_tokens as first_tokens
    cross join range(1, 5) as sizes (n_tokens)
    inner join title_tokens as words
        on
            first_tokens.article_id = words.article_id
            and words.token_idx between first_tokens.token_idx and first_tokens.token_idx + sizes.n_tokens - 1
    group by first_tokens.article_id, first_tokens.token_idx, sizes.n_tokens
    having count(*) = sizes.n_tokens
),

title_matches as (
    select
        title_ngrams.article_id,
        title_ngrams.token_idx,
        title_ngrams.n_tokens,
        forms.entity_type,
        forms.entity_code
    from title_ngrams
    inner join forms
        on
            title_ngrams.ngram = forms.form
            and title_ngrams.n_tokens = forms.n_tokens
    where
        (not forms.requires_capital or title_ngrams.is_capitalized)
        and (not forms.is_ambiguous or (title_ngrams.is_capitalized and title_ngrams.token_idx > 1))
        and (forms.form_kind != 'compound_stem' or title_ngrams.hyphen_after)
),

title_countries as (
    -- the countries the title names: the longest form wins ("долларов США" names no country)
    select distinct
        title_matches.article_id,
        title_matches.entity_code as country_code
    from title_matches
    where
        title_matches.entity_type = 'country'
        and not exists (
            select 1
            from title_matches as longer
            where
                longer.article_id = title_matches.article_id
                and longer.n_tokens > title_matches.n_tokens
                and longer.token_idx <= title_matches.token_idx
                and longer.token_idx + longer.n_tokens >= title_matches.token_idx + title_matches.n_tokens
        )
),

fact_countries as (
    -- the countries named in each fact's sentence (for a fact of the title, in the title)
    select
        facts.article_id,
        facts.mention_idx,
        mentions.country_code
    from facts
    inner join mentions
        on
            facts.article_id = mentions.article_id
            and facts.sentence_idx = mentions.sentence_idx
    where facts.source_field = 'body'
    union all
    select
        facts.article_id,
        facts.mention_idx,
        title_countries.country_code
    from facts
    inner join title_countries on facts.article_id = title_countries.article_id
    where facts.source_field = 'title'
),

dyad_members as (
    -- each dyad of the article once per country of it
    select
        article_id,
        country_a,
        country_b,
        strength,
        unnest([country_a, country_b]) as country_code
    from dyads
),

sentence_pairs as (
    -- the pairs with a country of the fact's sentence: one row per country of the pair named there
    select
        fact_countries.article_id,
        fact_countries.mention_idx,
        dyad_members.country_a,
        dyad_members.country_b,
        dyad_members.strength
    from fact_countries
    inner join dyad_members
        on
            fact_countries.article_id = dyad_members.article_id
            and fact_countries.country_code = dyad_members.country_code
),

strongest_pair as (
    select
        article_id,
        country_a,
        country_b,
        strength
    from dyads
    qualify row_number() over (
        partition by article_id order by strength desc, country_a asc, country_b asc
    ) = 1
),

candidates as (
    select
        article_id,
        mention_idx,
        country_a,
        country_b,
        any_value(strength) as strength,
        count(*) as sentence_overlap
    from sentence_pairs
    group by article_id, mention_idx, country_a, country_b
    union all
    select
        facts.article_id,
        facts.mention_idx,
        strongest_pair.country_a,
        strongest_pair.country_b,
        strongest_pair.strength,
        0 as sentence_overlap
    from facts
    inner join strongest_pair on facts.article_id = strongest_pair.article_id
),

best_pair as (
    select *
    from candidates
    qualify row_number() over (
        partition by article_id, mention_idx
        order by sentence_overlap desc, strength desc, country_a asc, country_b asc
    ) = 1
),

final as (
    select
        case
            when facts.source_field = 'title'
                then md5(facts.article_id || ':title:' || facts.char_start || ':' || facts.char_end)
            else md5(facts.article_id || ':' || facts.char_start || ':' || facts.char_end)
        end as fact_id,
        facts.article_id,
        facts.mention_idx,
        facts.source_field,
        facts.sentence_idx,
        facts.char_start,
        facts.char_end,
        case when facts.source_field = 'body' then articles.body_start + facts.char_start end as raw_char_start,
        case when facts.source_field = 'body' then articles.body_start + facts.char_end end as raw_char_end,
        facts.quote,
        facts.number_text,
        facts.value,
        facts.value_high,
        facts.unit,
        facts.comparator,
        facts.metric,
        facts.counted,
        facts.change,
        facts.period,
        facts.modality,
        coalesce(units.unit_kind, 'unknown') as unit_kind,
        best_pair.country_a,
        best_pair.country_b,
        case when facts.source_field = 'title' then articles.title else sentences.sentence_text end as sentence,
        facts.load_seq
    from facts
    inner join articles on facts.article_id = articles.article_id
    left join units on facts.unit = units.unit
    -- a body fact's sentence; the key is NULL for a title fact (no match). The condition on the
    -- fact alone stays out of the ON clause: there it would turn the join into a nested loop of
    -- every fact with every sentence, whose cost grows with the square of the batch
    left join sentences
        on
            facts.article_id = sentences.article_id
            and sentences.sentence_idx = case when facts.source_field = 'body' then facts.sentence_idx end
    left join best_pair
        on
            facts.article_id = best_pair.article_id
            and facts.mention_idx = best_pair.mention_idx
)

select * from final
