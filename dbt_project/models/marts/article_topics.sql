-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- What each article is about. A topic is kept when its keywords recur and weigh in the article:
--   keyword_count >= topic_min_keywords (2)
--   sentence_count >= topic_min_sentences (2), relaxed to 1 for texts of one or two sentences
--   share >= topic_min_share (0.1) of the article's weighted topic keywords
-- so one stray word, one phrase ("7 сборочных производств") or a passing list ("торгово-
-- экономическим, гуманитарным и культурным связям") does not make a topic. Every hit, kept or not,
-- stays visible in intermediate.int_sentence_topics.
with sentence_topics as (
    select * from {{ ref('int_sentence_topics') }}
    where {{ is_new_row('load_seq') }}
),

sentences as (
    select
        article_id,
        count(*) as article_sentence_count
    from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0  -- the body's: topics are read there
    group by article_id
),

topics as (
    select
        article_id,
        topic,
        sum(keyword_count)::bigint as keyword_count,
        sum(keyword_score) as keyword_score,
        count(*) as sentence_count,
        min(sentence_idx) as first_sentence_idx,
        list_sort(list_distinct(flatten(list(evidence)))) as evidence,
        any_value(load_seq) as load_seq  -- one per article
    from sentence_topics
    group by article_id, topic
),

shares as (
    select
        topics.*,
        topics.keyword_score / sum(topics.keyword_score) over (partition by topics.article_id) as keyword_share,
        sentences.article_sentence_count
    from topics
    inner join sentences on topics.article_id = sentences.article_id
),

final as (
    select
        article_id,
        topic,
        keyword_count,
        keyword_score,
        sentence_count,
        round(keyword_share, 4) as share,  -- noqa: RF04
        first_sentence_idx,
        evidence,
        load_seq
    from shares
    where
        keyword_count >= {{ var('topic_min_keywords', 2) }}
        and sentence_count >= greatest(1, least({{ var('topic_min_sentences', 2) }}, article_sentence_count - 1))
        and keyword_share >= {{ var('topic_min_share', 0.1) }}
)

select * from final
