{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- Each number mention tied to the country pair it is about: the strongest pair among the
-- countries of its own sentence, else the article's strongest pair with a country of the
-- sentence, else the article's strongest pair.
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
        body_start
    from {{ ref('stg_articles') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from {{ ref('int_country_mentions') }}
    where {{ is_new_article('article_id') }}
),

units as (
    select * from {{ ref('stg_units') }}
),

dyads as (
    select * from {{ ref('int_dyad_articles') }}
    where {{ is_new_article('article_id') }}
),

candidates as (
    select
        facts.article_id,
        facts.mention_idx,
        dyads.country_a,
        dyads.country_b,
        dyads.strength,
        (a.country_code is not null)::int + (b.country_code is not null)::int as sentence_overlap
    from facts
    inner join dyads on facts.article_id = dyads.article_id
    left join mentions as a
        on
            facts.article_id = a.article_id
            and facts.sentence_idx = a.sentence_idx
            and dyads.country_a = a.country_code
    left join mentions as b
        on
            facts.article_id = b.article_id
            and facts.sentence_idx = b.sentence_idx
            and dyads.country_b = b.country_code
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
        md5(facts.article_id || ':' || facts.char_start || ':' || facts.char_end) as fact_id,
        facts.article_id,
        facts.mention_idx,
        facts.sentence_idx,
        facts.char_start,
        facts.char_end,
        articles.body_start + facts.char_start as raw_char_start,
        articles.body_start + facts.char_end as raw_char_end,
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
        sentences.sentence_text as sentence
    from facts
    inner join articles on facts.article_id = articles.article_id
    left join units on facts.unit = units.unit
    left join sentences
        on
            facts.article_id = sentences.article_id
            and facts.sentence_idx = sentences.sentence_idx
    left join best_pair
        on
            facts.article_id = best_pair.article_id
            and facts.mention_idx = best_pair.mention_idx
)

select * from final
