-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- Topic keywords per sentence: how many tokens of the sentence signal each topic, and which.
{{ sentence_keyword_counts('topic', 'topic') }}
