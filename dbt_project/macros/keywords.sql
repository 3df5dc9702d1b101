{#
  Keyword stems (seeds ref_topic_keywords, ref_tone_keywords) and their matches in the tokens
  (int_keyword_matches). One rule for every keyword set: a token matches a stem when it starts
  with it, or equals it for a stem marked exact; a two-word keyword also needs the next token to
  start with next_stem.
#}

{# SQL select list: a keyword seed row's stem columns, ready to join to tokens. stem_key (the first
   four letters) is the equi-join key; n_tokens is 1, or 2 for a two-word keyword. #}
{% macro keyword_stem_columns() %}
        stem,
        nullif(next_stem, '') as next_stem,
        exact as is_exact,
        left(stem, 4) as stem_key,
        case when nullif(next_stem, '') is null then 1 else 2 end as n_tokens,
        note
{%- endmacro %}

{# SQL: the stems of one keyword set (a staging model of keyword_stem_columns), as
   (keyword_set, category, stem, next_stem, is_exact, stem_key, n_tokens, weight). #}
{% macro keyword_set(name, model, category_column, weight_column='1.0') %}
    select
        '{{ name }}' as keyword_set,
        {{ category_column }} as category,
        stem,
        next_stem,
        is_exact,
        stem_key,
        n_tokens,
        {{ weight_column }} as weight
    from {{ ref(model) }}
{%- endmacro %}

{# SQL: the keywords of one set counted per sentence of the build's articles and category:
   (article_id, sentence_idx, <category_name>, keyword_count, keyword_score, evidence (the distinct
   words as written, sorted), load_seq). Only matches meeting `counted` are counted. (No ordered
   list aggregate: DuckDB holds the state of one per group in memory, beyond its memory limit.) #}
{% macro sentence_keyword_counts(name, category_name, counted='true') %}
    select
        article_id,
        sentence_idx,
        category as {{ category_name }},
        count(*) as keyword_count,
        sum(weight) as keyword_score,
        list_sort(list_distinct(list(matched_text))) as evidence,
        min(load_seq) as load_seq
    from {{ ref('int_keyword_matches') }}
    where
        keyword_set = '{{ name }}'
        and {{ is_new_row('load_seq') }}
        and {{ counted }}
    group by article_id, sentence_idx, category
{%- endmacro %}
