-- Pairs of distinct articles telling the same story (the same agency text republished with
-- other chrome): candidates share an LSH band, and are kept when their MinHash signatures
-- agree on at least var('near_duplicate_threshold') of their values. Incremental: a load adds
-- the pairs that have at least one of its articles; it probes the bands of every article with the
-- bands of the new ones only (an equi-join, no article-by-article comparison).
{{ config(unique_key=['article_id_a', 'article_id_b']) }}

with bands as (
    select * from {{ ref('stg_article_bands') }}
),

new_bands as (
    select * from {{ ref('stg_article_bands') }}
    where {{ is_new_row('load_seq') }}
),

-- not materialized: read twice, a materialized CTE would copy every stored signature first
signatures as not materialized (
    select * from {{ ref('stg_article_signatures') }}
),

candidates as (
    select distinct
        least(a.article_id, b.article_id) as article_id_a,
        greatest(a.article_id, b.article_id) as article_id_b
    from new_bands as a
    inner join bands as b
        on
            a.band_idx = b.band_idx
            and a.band_hash = b.band_hash
            and a.article_id != b.article_id
),

scored as (
    select
        candidates.article_id_a,
        candidates.article_id_b,
        list_sum(
            list_transform(list_zip(sa.signature, sb.signature), lambda x: (x[1] = x[2])::int)  -- noqa: RF02
        ) / len(sa.signature) as similarity
    from candidates
    inner join signatures as sa on candidates.article_id_a = sa.article_id
    inner join signatures as sb on candidates.article_id_b = sb.article_id
),

final as (
    select
        article_id_a,
        article_id_b,
        similarity
    from scored
    where similarity >= {{ var('near_duplicate_threshold') }}
)

select * from final
