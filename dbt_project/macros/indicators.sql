{#
  The relation indicators (int_fact_indicators, marts.dyad_indicators): the direction of a flow,
  the key of an indicator, and which indicators a build recomputes.
#}

{# The two ends of an export or import flow, comma-separated, as the parser marks their spans
   (flows/text/numbers/direction.py): stg_number_mentions has <side>_start and <side>_end of each.
   Written as text (`flow_sides().split(',')`), which dbt and the linter's templater read alike. #}
{% macro flow_sides() -%}
    origin,destination
{%- endmacro %}

{# SQL: the span of each end of each mention of `mentions` (a relation of stg_number_mentions
   columns), one row per end a span is marked for: (article_id, mention_idx, side, span_start,
   span_end). #}
{% macro flow_spans(mentions) -%}
    {%- for side in flow_sides().split(',') %}
    {% if not loop.first %}union all {% endif -%}
    select
        article_id,
        mention_idx,
        '{{ side }}' as side,
        {{ side }}_start as span_start,
        {{ side }}_end as span_end
    from {{ mentions }}
    where {{ side }}_start is not null
    {%- endfor %}
{%- endmacro %}

{# SQL select list: <side>_named, the country_code of `named` (a relation of flow_spans rows with
   one country_code each) of each end, for a query grouped by mention. #}
{% macro named_flow_ends(named) -%}
    {%- for side in flow_sides().split(',') %}
        any_value({{ named }}.country_code) filter (where {{ named }}.side = '{{ side }}') as {{ side }}_named
        {{- "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{# SQL: the country each span of `spans` names (a relation with article_id, the columns `keys`
   and the span's body offsets `span_start`/`span_end`), kept when it names exactly one: one row per
   span (`keys`..., country_code). `countries` holds article_id, char_start, char_end and
   country_code of the body's country mentions; with `same_sentence`, both hold sentence_idx too and
   a span is read against its own sentence's mentions only (the title's offsets are its own). #}
{% macro country_named_by_span(spans, keys, span_start, span_end, countries, same_sentence=false) -%}
    select
        {%- for key in keys %}
        {{ spans }}.{{ key }},
        {%- endfor %}
        min({{ countries }}.country_code) as country_code
    from {{ spans }}
    inner join {{ countries }}
        on
            {{ spans }}.article_id = {{ countries }}.article_id
            {%- if same_sentence %}
            and {{ spans }}.sentence_idx = {{ countries }}.sentence_idx
            {%- endif %}
            and {{ spans }}.{{ span_end }} > {{ countries }}.char_start
            and {{ spans }}.{{ span_start }} < {{ countries }}.char_end
    group by {% for key in keys %}{{ spans }}.{{ key }}{{ ", " if not loop.last }}{% endfor %}
    having count(distinct {{ countries }}.country_code) = 1
{%- endmacro %}

{# SQL select list: <side>_named of `named` (a relation of named_flow_ends) kept when it is a
   country of the dyad of `facts` (country_a, country_b), else NULL. #}
{% macro named_flow_ends_in_dyad(named, facts) -%}
    {%- for side in flow_sides().split(',') %}
        case
            when {{ named }}.{{ side }}_named in ({{ facts }}.country_a, {{ facts }}.country_b)
                then {{ named }}.{{ side }}_named
        end as {{ side }}_named{{ "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{# The columns named_flow_ends adds, comma-separated (to exclude them once they are resolved). #}
{% macro named_flow_end_columns() -%}
    {%- for side in flow_sides().split(',') %}{{ side }}_named{{ ", " if not loop.last }}{% endfor -%}
{%- endmacro %}

{# SQL select list: origin_country and destination_country of a row with metric, country_a,
   country_b and the <side>_named columns (the country of the dyad each end's span names, or NULL).
   One rule for both ends: an end is the country its span names, else the dyad's other country
   when the opposite end is named; both are NULL when the two name the same country, and for
   anything but an export or import. #}
{% macro flow_ends() -%}
    {%- set sides = flow_sides().split(',') -%}
    {%- for side in sides %}
        {%- set opposite = sides[1 - loop.index0] %}
        case
            when metric not in ('export', 'import') or {{ sides[0] }}_named = {{ sides[1] }}_named then null
            when {{ side }}_named is not null then {{ side }}_named
            when {{ opposite }}_named is not null
                then case when {{ opposite }}_named = country_a then country_b else country_a end
        end as {{ side }}_country{{ "," if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{# SQL: the key of a dyad indicator (marts.dyad_indicators.indicator_id) of a row of
   int_fact_indicators `rel`: dyad, direction, metric, unit, kind, period and, for a count as of a
   date, what it counts. #}
{% macro indicator_id(rel) -%}
    md5(concat_ws(
        '|', {{ rel }}.country_a, {{ rel }}.country_b, {{ rel }}.origin_country, {{ rel }}.destination_country,
        {{ rel }}.metric, {{ rel }}.unit, {{ rel }}.modality, {{ rel }}.period_start, {{ rel }}.period_end,
        case when {{ rel }}.period_granularity = 'as_of' then {{ rel }}.counted_lemma end
    ))
{%- endmacro %}

{# SQL: the indicators a build recomputes, with the dyad, metric, unit and period start that
   narrow the facts to read before their key is computed:
   - in a build (incremental or not): the indicators the facts of the rebuilt articles fall in
     (every indicator outside incremental builds; macro is_rebuilt_article);
   - in the rebuild after validation (var indicators_of_flagged_facts, on an existing table): the
     indicators that still reconcile a fact validation has flagged since (macro
     indicators_with_flagged_facts). #}
{% macro touched_indicators() %}
    {%- if var('indicators_of_flagged_facts', false) and is_incremental() %}
        {{ indicators_with_flagged_facts() }}
    {%- else %}
    select distinct
        fi.country_a,
        fi.country_b,
        fi.metric,
        fi.unit,
        fi.period_start,
        {{ indicator_id('fi') }} as indicator_id
    from {{ ref('int_fact_indicators') }} as fi
    where fi.country_a is not null and fi.period_start is not null and {{ is_rebuilt_article('fi.article_id', 'fi.load_seq') }}
    {%- endif %}
{% endmacro %}

{# SQL: the rows of dyad_indicators (this model) whose reconciled facts (`facts`) include one that
   marts.numeric_facts flags (is_valid = false): the Great Expectations checkpoint flags facts after
   the build that counted them (flows/validation.py). Empty once every flag has reached them. #}
{% macro indicators_with_flagged_facts() %}
    select distinct
        i.country_a,
        i.country_b,
        i.metric,
        i.unit,
        i.period_start,
        i.indicator_id
    from {{ this }} as i, unnest(i.facts) as u (fact)
    where u.fact.fact_id in (select f.fact_id from {{ ref('numeric_facts') }} as f where not f.is_valid)
{% endmacro %}

{# Pre-hook of dyad_indicators: delete the indicators the rebuilt articles' facts fall in before they
   are recomputed (an indicator whose only facts were superseded loses its row), logging their keys
   (delete_keys_logged). The rebuild after
   validation deletes nothing first: it reads the rows to recompute from the table itself, and
   every one of them is written again (delete+insert on indicator_id). #}
{% macro delete_rebuilt_indicators() %}
    {%- if is_incremental() and not var('indicators_of_flagged_facts', false) -%}
        {{ delete_keys_logged('select indicator_id from (' ~ touched_indicators() ~ ') as touched') }}
    {%- endif -%}
{% endmacro %}

{# SQL: a fact of marts.dyad_indicators (`facts`, `flagged_facts`) from the columns of a fact row
   joined with its article. #}
{# SQL aggregate: the indicator_fact() of the rows meeting `condition`, ordered by publication date
   (undated last), article and position, as list(... order by ...) would give them; built from an
   unordered list sorted afterwards, whose state DuckDB can hold for millions of groups. #}
{% macro facts_in_report_order(condition) -%}
    list_transform(
        list_sort(list({
            'published_date': coalesce(published_date, date '9999-12-31'),
            'article_id': article_id,
            'char_start': char_start,
            'fact': {{ indicator_fact() }}
        }) filter (where {{ condition }})),
        ordered -> ordered.fact
    )
{%- endmacro %}

{% macro indicator_fact() -%}
    {
        'fact_id': fact_id,
        'article_id': article_id,
        'canonical_article_id': canonical_article_id,
        'quote': quote,
        'value': value,
        'comparator': comparator,
        'publisher': publisher,
        'published_date': published_date
    }
{%- endmacro %}
