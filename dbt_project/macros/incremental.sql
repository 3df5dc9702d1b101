{#
  Incremental models process only the articles of loads they have not seen.

  Every raw row carries load_seq, the number of the load that added it. audit.dbt_state holds
  built_through_seq: the last load every model has been built through (the pipeline advances it
  after a successful dbt build, in the same working copy it publishes; flows/pipeline.py). In an
  incremental run a model reads rows with load_seq above it; in a full refresh (or when the model's
  table does not exist yet) it reads everything.

  The watermark is read once per model at compile time and written into the SQL as a constant, so
  DuckDB skips the row groups of older loads on the big raw tables (min/max zone maps) instead of
  probing every row. Models are delete+insert on article_id: building the same load twice (a
  dbt run by hand that the pipeline did not record) replaces rows, it does not duplicate them.
#}

{# None outside an incremental build. `dbt docs generate` compiles every model against a copy of
   the published marts, which need not hold the raw tables (a lake's export does not): the docs show
   each model's full-build SQL. #}
{% macro load_watermark() %}
    {%- if execute and is_incremental() and flags.WHICH != 'generate' -%}
        {{- return(built_through_seq()) -}}
    {%- endif -%}
    {{- return(none) -}}
{% endmacro %}

{# The last load every model has been built through (audit.dbt_state; 0 before any). Run only when
   executing (`execute`). The pipeline reads it from the same table before the build and passes it
   as DYAD_DBT_WATERMARK (flows/transform.py): one read per build instead of one query per call (a
   build of one new file calls it some sixty times, 4 threads contending for each result). By hand
   (the variable unset) it is queried. #}
{% macro built_through_seq() %}
    {%- set given = env_var('DYAD_DBT_WATERMARK', '') -%}
    {%- if given != '' -%}
        {{- return(given | int) -}}
    {%- endif -%}
    {%- set result = run_query("select coalesce(max(built_through_seq), 0) from audit.dbt_state") -%}
    {{- return(result.columns[0].values()[0]) -}}
{% endmacro %}

{# On a relation that has load_seq (the staging views of raw tables): is this row new? In a full
   build of a model built in slices (full_build_slices), is this row one of the slice's articles. #}
{% macro is_new_row(column='load_seq') %}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        {{ in_build_slice(column.rsplit('.', 1)[0] ~ '.article_id' if '.' in column else 'article_id') }}
    {%- else -%}
        {{ column }} > {{ watermark }}
    {%- endif -%}
{% endmacro %}

{#
  Full builds in slices of articles. A full build of a model reads every article of the warehouse
  in one query; some operators DuckDB runs (list aggregates, several materialized CTEs at once) hold
  their state in memory whatever the memory limit, so a large warehouse runs out of it. A model
  whose every row belongs to one article and is computed from rows of that article alone (an
  "article-local" model) sets config(meta={'full_build_slices': true}): its full build then runs its
  query once per slice of the articles (hash(article_id) modulo var('full_build_slices'), which the
  pipeline sets from the number of articles, flows/transform.py), each slice inserted into the new
  table (macros/sliced_incremental.sql), so a query holds one slice's state at a time. Incremental
  builds read the new loads only and are not sliced.
#}

{# The text of the slice number in a sliced model's SQL; the materialization replaces it. #}
{% macro build_slice_placeholder() %}{{ return('__dyad_build_slice__') }}{% endmacro %}

{# How many slices a full build of this model runs in: 1 unless the model is article-local
   (meta full_build_slices) and the build asks for more (var full_build_slices). #}
{% macro build_slices() %}
    {%- if (config.get('meta') or {}).get('full_build_slices', false) -%}
        {{- return(var('full_build_slices', 1) | int) -}}
    {%- endif -%}
    {{- return(1) -}}
{% endmacro %}

{# SQL: is the row's article (column) one of the slice's (`true` when the build is not sliced)? #}
{% macro in_build_slice(column='article_id') %}
    {%- if build_slices() > 1 -%}
        (hash({{ column }}) % {{ build_slices() }} = {{ build_slice_placeholder() }})
    {%- else -%}
        true
    {%- endif -%}
{% endmacro %}

{#
  The intermediate models carry load_seq, the load of each row's article, so that the models
  reading them pick the new articles' rows with is_new_row('load_seq'): a filter on a constant that
  DuckDB applies to whole row groups by their min/max (rows are appended load after load), instead
  of testing every stored row's article_id against the new ones (is_new_article), whose cost grows
  with the stored rows.
#}

{# SQL: the rows of the CTE `relation` with the load of their article (load_seq), from the CTE
   `loads`, rows of the same articles that carry it (an article is in exactly one load). #}
{% macro with_article_load(loads, relation='final') %}
    select
        {{ relation }}.*,
        article_loads.load_seq
    from {{ relation }}
    left join (select distinct article_id, load_seq from {{ loads }}) as article_loads
        on {{ relation }}.article_id = article_loads.article_id
{% endmacro %}

{# On any relation with an article id: is this row about an article of a new load? `load_seq`: the
   column of the row's article's load, on a relation that has one (as in is_rebuilt_article). #}
{% macro is_new_article(column='article_id', load_seq=none) %}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        true
    {%- elif load_seq -%}
        {{ load_seq }} > {{ watermark }}
    {%- else -%}
        {{ in_articles_loaded_after(column, watermark) }}
    {%- endif -%}
{% endmacro %}

{# SQL: is this article id one of an article loaded after `watermark` (a number or a scalar subquery)? #}
{% macro in_articles_loaded_after(column, watermark) %}
    {{- column }} in (select article_id from {{ source('raw', 'articles') }} where load_seq > {{ watermark }})
{%- endmacro %}

{#
  The articles whose canonical article or version status a build must (re)compute: the articles of
  the new loads, the older versions of their sources (now superseded, see int_article_versions),
  and the near-duplicates of those older versions (whose canonical article may have been one of
  them). Models that depend on is_canonical or on the version status (int_article_canonical,
  marts.articles, the dyad aggregates) rebuild the rows of these articles, so an incremental build
  gives what a full one does. Outside incremental builds: every article.

  The older ones are listed once per model at compile time and written into the SQL as constants
  (like the watermark): usually there are none, and the big tables are then read exactly as before.
#}
{% macro rebuilt_older_articles() %}
    {%- set near_duplicates = ref('int_near_duplicates') -%}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        {{- return([]) -}}
    {%- endif -%}
    {%- set query -%}
        with new_articles as (
            select source_uri from {{ source('raw', 'articles') }} where load_seq > {{ watermark }}
        ),
        superseded as (
            select older.article_id
            from {{ source('raw', 'articles') }} as older
            semi join new_articles on older.source_uri = new_articles.source_uri
            where older.load_seq <= {{ watermark }}
        ),
        rebuilt as (
            select article_id from superseded
            union
            select d.article_id_b from {{ near_duplicates }} as d semi join superseded on d.article_id_a = superseded.article_id
            union
            select d.article_id_a from {{ near_duplicates }} as d semi join superseded on d.article_id_b = superseded.article_id
        )
        select rebuilt.article_id
        from rebuilt
        semi join {{ source('raw', 'articles') }} as a
            on rebuilt.article_id = a.article_id and a.load_seq <= {{ watermark }}
        order by 1
    {%- endset -%}
    {{- return(run_query(query).columns[0].values() | list) -}}
{% endmacro %}

{# SQL: a list of string literals, ('a', 'b') #}
{% macro string_list(values) -%}
    ({%- for v in values -%}'{{ v | replace("'", "''") }}'{{ ", " if not loop.last }}{%- endfor -%})
{%- endmacro %}

{# SQL: is this article one a build must (re)compute? (`true` outside incremental builds)
   `load_seq`: on a model whose rows carry their article's load (the intermediate models and the
   marts of articles), that
   column: the new articles are then told by `load_seq > watermark`, a constant DuckDB applies to
   whole row groups, not by looking every stored row's article id up among the new ones (a cost
   that grows with the model). #}
{% macro is_rebuilt_article(column='article_id', load_seq=none) %}
    {#- referenced at parse time too, so dbt knows the dependency -#}
    {%- set near_duplicates = ref('int_near_duplicates') -%}
    {%- set watermark = load_watermark() -%}
    {%- if watermark is none -%}
        true
    {%- else -%}
        {%- set older = rebuilt_older_articles() -%}
        ({% if load_seq %}{{ load_seq }} > {{ watermark }}{% else %}{{ in_articles_loaded_after(column, watermark) }}{% endif %}
        {%- if older %} or {{ column }} in {{ string_list(older) }}{% endif %})
    {%- endif -%}
{% endmacro %}

{# On a relation with load_seq: the older rows of the articles a build must recompute, or false.
   A conjunction with constants, so DuckDB filters the scan (no semi join over the big tables). #}
{% macro is_rebuilt_older_row(column='article_id') %}
    {%- set watermark = load_watermark() -%}
    {%- set older = rebuilt_older_articles() if watermark is not none else [] -%}
    {%- if older -%}
        load_seq <= {{ watermark }} and {{ column }} in {{ string_list(older) }}
    {%- else -%}
        false
    {%- endif -%}
{% endmacro %}
