-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- One row per article, dyad and topic: what a dyad's relations in an article are about. Topic
-- keywords are counted only in the sentences that relate the dyad (int_dyad_evidence, macro
-- dyad_sentences) and their immediate neighbours, which often
-- carry the subject on ("...подписали соглашение. Оно касается поставок зерна"). The thresholds of
-- article_topics apply within that context (its sentences stand for the article's).
with evidence_sentences as (
    {{ dyad_sentences() }}
),

sentence_topics as (
    select * from {{ ref('int_sentence_topics') }}
    where {{ is_new_row('load_seq') }}
),

sentences as (
    select
        article_id,
        sentence_idx
    from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0  -- the body's: topics are read there
),

neighbourhoods as (
    select distinct
        article_id,
        country_a,
        country_b,
        unnest([sentence_idx - 1, sentence_idx, sentence_idx + 1]) as sentence_idx
    from evidence_sentences
),

context_sentences as (
    select neighbourhoods.*
    from neighbourhoods
    inner join sentences
        on
            neighbourhoods.article_id = sentences.article_id
            and neighbourhoods.sentence_idx = sentences.sentence_idx
),

context_sizes as (
    select
        article_id,
        country_a,
        country_b,
        count(*) as context_sentence_count
    from context_sentences
    group by article_id, country_a, country_b
),

topics as (
    select
        context_sentences.article_id,
        context_sentences.country_a,
        context_sentences.country_b,
        sentence_topics.topic,
        sum(sentence_topics.keyword_count)::bigint as keyword_count,
        sum(sentence_topics.keyword_score) as keyword_score,
        count(*) as sentence_count,
        list_sort(list(sentence_topics.sentence_idx)) as sentence_idxs,
        list_sort(list_distinct(flatten(list(sentence_topics.evidence)))) as evidence,
        any_value(sentence_topics.load_seq) as load_seq  -- one per article
    from context_sentences
    inner join sentence_topics
        on
            context_sentences.article_id = sentence_topics.article_id
            and context_sentences.sentence_idx = sentence_topics.sentence_idx
    group by all
),

shares as (
    select
        topics.*,
        topics.keyword_score / sum(topics.keyword_score) over (
            partition by topics.article_id, topics.country_a, topics.country_b
        ) as keyword_share,
        context_sizes.context_sentence_count
    from topics
    inner join context_sizes
        on
            topics.article_id = context_sizes.article_id
            and topics.country_a = context_sizes.country_a
            and topics.country_b = context_sizes.country_b
),

final as (
    select
        article_id,
        country_a,
        country_b,
        topic,
        keyword_count,
        keyword_score,
        sentence_count,
        round(keyword_share, 4) as share,  -- noqa: RF04
        sentence_idxs,
        evidence,
        load_seq
    from shares
    where
        keyword_count >= {{ var('topic_min_keywords', 2) }}
        and sentence_count >= greatest(1, least({{ var('topic_min_sentences', 2) }}, context_sentence_count - 1))
        and keyword_share >= {{ var('topic_min_share', 0.1) }}
)

select * from final
