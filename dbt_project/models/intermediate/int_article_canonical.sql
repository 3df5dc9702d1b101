-- Each article's canonical article: the first ingested among itself and its near-duplicates that
-- are the latest versions of their sources. A version superseded by a newer one of the same
-- source (int_article_versions) is not canonical; its canonical_article_id is the version that
-- replaced it.
-- Incremental: rows are (re)computed for the articles of the new loads, the versions they
-- supersede and those versions' near-duplicates (macro is_rebuilt_article); every other article
-- keeps its canonical, since every article a later load adds was ingested after it.

with versions as (
    select
        article_id,
        ingested_at,
        latest_article_id,
        is_latest_version
    from {{ ref('int_article_versions') }}
),

rebuilt as (
    select * from versions
    where {{ is_rebuilt_article('article_id') }}
),

pairs as (
    select * from {{ ref('int_near_duplicates') }}
    where {{ is_rebuilt_article('article_id_a') }} or {{ is_rebuilt_article('article_id_b') }}
),

neighbours as (
    select
        article_id,
        article_id as other_id,
        1.0 as similarity
    from rebuilt
    union all
    select
        article_id_a as article_id,
        article_id_b as other_id,
        similarity
    from pairs
    union all
    select
        article_id_b as article_id,
        article_id_a as other_id,
        similarity
    from pairs
),

ranked as (
    select
        neighbours.article_id,
        neighbours.other_id as canonical_article_id,
        neighbours.similarity
    from neighbours
    inner join versions as other on neighbours.other_id = other.article_id
    where other.is_latest_version
    qualify row_number() over (
        partition by neighbours.article_id order by other.ingested_at, other.article_id
    ) = 1
),

final as (
    select
        rebuilt.article_id,
        case
            when rebuilt.is_latest_version then ranked.canonical_article_id else rebuilt.latest_article_id
        end as canonical_article_id,
        rebuilt.is_latest_version and rebuilt.article_id = ranked.canonical_article_id as is_canonical,
        case
            when rebuilt.is_latest_version and rebuilt.article_id != ranked.canonical_article_id
                then ranked.similarity
        end as similarity_to_canonical,
        case when not rebuilt.is_latest_version then rebuilt.latest_article_id end as superseded_by_article_id
    from rebuilt
    left join ranked on rebuilt.article_id = ranked.article_id
)

select * from final
