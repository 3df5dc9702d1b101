{#
  Dyads (country pairs, country_a < country_b) shared by the models that aggregate them.
#}

{# SQL: the dyads (country_a, country_b) that the rebuilt articles of these models touch (every
   dyad of every article outside incremental builds; macro is_rebuilt_article). Each model has
   article_id, country_a, country_b and load_seq; rows without a dyad (country_a NULL) touch none. #}
{% macro touched_dyads(models) %}
    {%- for name in models %}
    {% if not loop.first %}union {% endif -%}
    select
        country_a,
        country_b
    from {{ ref(name) }}
    where country_a is not null and {{ is_rebuilt_article('article_id', 'load_seq') }}
    {%- endfor %}
{% endmacro %}

{# SQL: the rows of a model whose dyad is in the relation `touched` (a CTE of touched_dyads). #}
{% macro rows_of_touched_dyads(model, touched='touched_dyads') %}
    select {{ model }}.*
    from {{ ref(model) }} as {{ model }}
    semi join {{ touched }} using (country_a, country_b)
{% endmacro %}

{# SQL: the (dyad, month) rows of the articles `condition` (SQL on article_id, and load_seq, true for
   all of an article's rows or none) selects in these models: each such article's dyads in the month
   it was published (articles without a publication date are in no month). The dates are read from
   `articles` by the same condition: a join of two small sides. #}
{% macro dyad_months_of(models, condition) %}
    select distinct
        selected.country_a,
        selected.country_b,
        date_trunc('month', selected_articles.published_date)::date as month_start
    from (
        {%- for name in models %}
        {% if not loop.first %}union all {% endif -%}
        select
            article_id,
            country_a,
            country_b
        from {{ ref(name) }}
        where country_a is not null and {{ condition }}
        {%- endfor %}
    ) as selected
    inner join (
        select
            article_id,
            published_date
        from {{ ref('articles') }}
        where published_date is not null and {{ condition }}
    ) as selected_articles on selected.article_id = selected_articles.article_id
{% endmacro %}

{# SQL: the (dyad, month) rows of the monthly dyad aggregates that the rebuilt articles of these
   models touch (macro dyad_months_of). Every (dyad, month) outside incremental builds. An article's
   date never changes, so a rebuilt article (new, superseded, or whose canonical article changed)
   changes only the months of its own dyads. #}
{% macro touched_dyad_months(models) %}
    {{ dyad_months_of(models, is_rebuilt_article('article_id', 'load_seq')) }}
{% endmacro %}

{# SQL: the (dyad, month) rows the monthly dyad aggregates recompute over all their articles: every
   (dyad, month) outside incremental builds; in an incremental build those of the older articles whose
   canonical or version status the load changes (macro rebuilt_older_articles; usually none). The new
   articles' counts are added to the stored rows of the other touched (dyad, month) rows
   (macro added_dyad_months). #}
{% macro recomputed_dyad_months(models) %}
    {%- set watermark = load_watermark() -%}
    {%- set older = rebuilt_older_articles() if watermark is not none else [] -%}
    {%- if watermark is none -%}
        {{ touched_dyad_months(models) }}
    {%- elif older -%}
        {{ dyad_months_of(models, 'article_id in ' ~ string_list(older)) }}
    {%- else -%}
        select
            null::varchar as country_a,
            null::varchar as country_b,
            null::date as month_start
        where false
    {%- endif -%}
{% endmacro %}

{# SQL: the (dyad, month) rows the new articles of these models touch but for those in `recomputed`
   (a CTE of recomputed_dyad_months): their new articles are added to the stored rows. #}
{% macro added_dyad_months(models, recomputed='recomputed_months') %}
    select
        country_a,
        country_b,
        month_start
    from ({{ touched_dyad_months(models) }}) as touched
    except
    select
        country_a,
        country_b,
        month_start
    from {{ recomputed }}
{% endmacro %}

{# SQL: the canonical articles of the new loads that have a publication date, with their month. #}
{% macro new_canonical_articles() %}
    select
        article_id,
        date_trunc('month', published_date)::date as month_start
    from {{ ref('articles') }}
    where
        {{ is_new_article('article_id', 'load_seq') }}
        and is_canonical
        and published_date is not null
{% endmacro %}

{# SQL: the canonical articles published in the months of `touched` (a CTE of
   touched_dyad_months), with their month. #}
{% macro canonical_articles_of_touched_months(touched='touched_months') %}
    select
        article_id,
        date_trunc('month', published_date)::date as month_start
    from {{ ref('articles') }}
    where
        published_date is not null
        and is_canonical
        and date_trunc('month', published_date)::date in (select month_start from {{ touched }})
{% endmacro %}

{# SQL: the rows of a model (with article_id, country_a, country_b) in the (dyad, month) rows of
   `touched` (a CTE of touched_dyad_months), with the month_start of their article from `articles`
   (a CTE of canonical_articles_of_touched_months, or of new_canonical_articles with `new_only`:
   then only the new loads' rows of the model are read). #}
{% macro rows_of_touched_months(model, touched='touched_months', articles='articles', new_only=false) %}
    select
        {{ model }}.*,
        {{ articles }}.month_start
    {%- if new_only %}
    from (
        {#- the new loads' rows only: DuckDB skips the older loads' row groups #}
        select * from {{ ref(model) }}
        where {{ is_new_article('article_id', 'load_seq') }}
    ) as {{ model }}
    {%- else %}
    from {{ ref(model) }} as {{ model }}
    {%- endif %}
    inner join {{ articles }} on {{ model }}.article_id = {{ articles }}.article_id
    semi join {{ touched }}
        on
            {{ model }}.country_a = {{ touched }}.country_a
            and {{ model }}.country_b = {{ touched }}.country_b
            and {{ articles }}.month_start = {{ touched }}.month_start
{% endmacro %}

{# SQL: the rows of a model (macro rows_of_touched_months) that a monthly dyad aggregate sums: all
   the rows of the recomputed (dyad, month) rows (CTEs `recomputed_months` and `articles`) and, in an
   incremental build, the new loads' rows of the added ones (CTEs `added_months` and
   `new_articles`). A (dyad, month) is one or the other. #}
{% macro rows_of_dyad_months(model) %}
    {{ rows_of_touched_months(model, 'recomputed_months') }}
    {%- if is_incremental() %}
        union all
        {{ rows_of_touched_months(model, 'added_months', 'new_articles', new_only=true) }}
    {%- endif %}
{% endmacro %}

{# Pre-hook of the monthly dyad aggregates: delete the (dyad, month) rows recomputed over all their
   articles (macro recomputed_dyad_months: a month whose only article was superseded loses its row),
   logging their keys (delete_keys_logged); the other touched rows are replaced by key. #}
{% macro delete_recomputed_dyad_months(models) %}
    {%- if is_incremental() -%}
        {{ delete_keys_logged(recomputed_dyad_months(models)) }}
    {%- endif -%}
{% endmacro %}

{# SQL: the sentences that relate a dyad in an article of the build (int_dyad_evidence whose
   evidence makes a dyad by itself: score >= var('dyad_min_score')), one row per article, dyad and
   sentence, with the article's load. #}
{% macro dyad_sentences() %}
    select distinct
        article_id,
        country_a,
        country_b,
        sentence_idx,
        load_seq
    from {{ ref('int_dyad_evidence') }}
    where {{ is_new_row('load_seq') }} and score >= {{ var('dyad_min_score') }}
{% endmacro %}

{# SQL select list: the dyad of two country codes, in order (country_a < country_b). #}
{% macro dyad_of(x, y) -%}
    least({{ x }}, {{ y }}) as country_a,
        greatest({{ x }}, {{ y }}) as country_b
{%- endmacro %}
