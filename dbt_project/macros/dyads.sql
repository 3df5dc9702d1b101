{#
  Dyads (country pairs, country_a < country_b) shared by the models that aggregate them.
#}

{# SQL: the dyads (country_a, country_b) that the rebuilt articles of these models touch (every
   dyad of every article outside incremental builds; macro is_rebuilt_article). Each model has
   article_id, country_a and country_b; rows without a dyad (country_a NULL) touch none. #}
{% macro touched_dyads(models) %}
    {%- for name in models %}
    {% if not loop.first %}union {% endif -%}
    select
        country_a,
        country_b
    from {{ ref(name) }}
    where country_a is not null and {{ is_rebuilt_article('article_id') }}
    {%- endfor %}
{% endmacro %}

{# SQL: the rows of a model whose dyad is in the relation `touched` (a CTE of touched_dyads). #}
{% macro rows_of_touched_dyads(model, touched='touched_dyads') %}
    select {{ model }}.*
    from {{ ref(model) }} as {{ model }}
    semi join {{ touched }} using (country_a, country_b)
{% endmacro %}

{#
  Pre-hook of the dyad aggregates: delete the rows of every dyad the rebuilt articles touch, before
  they are recomputed. delete+insert alone replaces only the dyads the build outputs again; a dyad
  (or a dyad's month) whose only articles were superseded would otherwise keep its old row.
#}
{% macro delete_rebuilt_dyads(models) %}
    {%- if is_incremental() -%}
        delete from {{ this }} where (country_a, country_b) in ({{ touched_dyads(models) }})
    {%- endif -%}
{% endmacro %}

{# SQL: the sentences that relate a dyad in an article of the build (int_dyad_evidence whose
   evidence makes a dyad by itself: score >= var('dyad_min_score')), one row per article, dyad and
   sentence. #}
{% macro dyad_sentences() %}
    select distinct
        article_id,
        country_a,
        country_b,
        sentence_idx
    from {{ ref('int_dyad_evidence') }}
    where {{ is_new_article('article_id') }} and score >= {{ var('dyad_min_score') }}
{% endmacro %}

{# SQL select list: the dyad of two country codes, in order (country_a < country_b). #}
{% macro dyad_of(x, y) -%}
    least({{ x }}, {{ y }}) as country_a,
        greatest({{ x }}, {{ y }}) as country_b
{%- endmacro %}

{# SQL: the canonical articles with a publication date, which the dyad timelines count by month. #}
{% macro dated_canonical_articles() %}
    select
        article_id,
        published_date
    from {{ ref('articles') }}
    where published_date is not null and is_canonical
{% endmacro %}
