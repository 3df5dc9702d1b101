"""Inputs from the web: URLs given to the run and the new entries of feeds, fetched as Prefect
tasks (retried when the failure may go away) within the run's fetch time."""

from __future__ import annotations

import time

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.ingest.documents import InputItem, kind_of, sha256
from flows.ingest.inbox import Discovery
from flows.settings import Settings


def _retryable(reason: str, run_count: int) -> bool:
    """Whether a fetch that failed for ``reason`` on its attempt ``run_count`` (1 for the first)
    is worth retrying: only when the failure may go away (timeouts, 5xx, refused connections). A
    fetch that ran into its total deadline is retried only after a first attempt, so at most once:
    a server that slow is not faster seconds later, and the writer lock is held meanwhile."""
    from flows.ingest.fetch import is_transient

    reason = reason.lower()
    if reason.startswith("timeout: total"):
        return run_count <= 1
    return is_transient(reason) and not reason.startswith("deferred")


def _retry_transient(task, task_run, state) -> bool:
    try:
        state.result()
    except Exception as exc:
        return _retryable(str(getattr(exc, "reason", exc)), task_run.run_count)
    return False


def _will_retry(reason: str) -> bool:
    """Whether the running fetch task is retried after failing for ``reason``: it has retries left
    and the failure may go away (``_retryable``). False outside a task run."""
    from prefect.context import TaskRunContext

    ctx = TaskRunContext.get()
    if ctx is None:
        return False
    run_count = max(ctx.task_run.run_count, 1)
    return run_count - 1 < (ctx.task.retries or 0) and _retryable(reason, run_count)


@task(retries=2, retry_delay_seconds=[2, 10], retry_condition_fn=_retry_transient, cache_policy=NO_CACHE)
def fetch(url: str, settings: Settings, run_deadline: float | None = None):
    """Download one URL (http/https only, timeouts, a total deadline, size cap, content-type check,
    no non-public address unless ``fetch_allow_private_hosts``).

    ``run_deadline`` (seconds since the epoch) is when the run's fetch time ends: the fetch's own
    total deadline never runs past it, and a fetch that starts after it, or is cut short by it,
    fails with a reason starting ``"deferred:"``.

    Returns the ``Fetched`` response, or the ``FetchError`` of a fetch that failed for good (no
    retry left, or a failure that does not go away): the input is rejected with its reason and the
    run goes on, so the failure is logged as a warning and the task completes. A failure that is
    retried raises it (Prefect retries the task)."""
    from flows.ingest.fetch import FetchError, fetch_url, run_time_used_up

    total = settings.fetch_total_timeout
    try:
        if run_deadline is not None:
            left = run_deadline - time.time()
            if left <= 0:
                raise run_time_used_up(settings.fetch_run_timeout)
            total = min(total, left)
        try:
            return fetch_url(
                url,
                connect_timeout=settings.fetch_connect_timeout,
                read_timeout=settings.fetch_read_timeout,
                max_bytes=settings.fetch_max_bytes,
                total_timeout=total,
                allow_private_hosts=settings.fetch_allow_private_hosts,
            )
        except FetchError as exc:
            if total < settings.fetch_total_timeout and exc.reason.startswith("timeout: total"):
                raise run_time_used_up(settings.fetch_run_timeout) from None
            raise
    except FetchError as exc:
        if _will_retry(exc.reason):
            raise
        _logger().warning("fetch %s rejected: %s", url, exc.reason)
        return exc


def _logger():
    """The run's logger inside a flow or task run, else this module's (fetch_inputs called alone)."""
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        import logging

        return logging.getLogger(__name__)


def _check_fetch_settings(settings: Settings) -> None:
    for name in ("fetch_total_timeout", "fetch_run_timeout", "fetch_feed_max_items"):
        if getattr(settings, name) <= 0:
            raise ValueError(f"{name} must be more than 0, not {getattr(settings, name)!r}")


def fetch_inputs(
    urls: list[str],
    feeds: list[str],
    manifest: dict,
    settings: Settings,
) -> Discovery:
    """Fetch the URLs and the new entries of the feeds: (new inputs, rejected inputs with reasons).

    URLs given directly are always fetched (a changed page becomes a new version). From each feed,
    the entries not ingested yet are taken in feed order, at most ``fetch_feed_max_items`` per feed
    per run: the others wait for the next run. An entry whose last attempt failed for good
    (its last manifest row is a rejection whose reason ``is_transient`` calls permanent: http 404,
    a refused content type or address, too large, no article) is not fetched again; one that failed
    transiently (timeout, connection error, http 5xx, deferred) is. A page taken from a feed
    carries its item's title and date (``InputItem.feed_title``, ``feed_published``): the article
    keeps them where the page states none.

    All fetching of the run, feeds included, ends ``fetch_run_timeout`` seconds after it started:
    what is not fetched by then is rejected with a reason starting ``"deferred:"`` (and a feed
    entry so rejected is tried again next run). Raises ``ValueError`` for a non-positive
    ``fetch_total_timeout``, ``fetch_run_timeout`` or ``fetch_feed_max_items``."""
    from flows.ingest.fetch import FetchError, is_transient, parse_feed

    _check_fetch_settings(settings)
    run_deadline = time.time() + settings.fetch_run_timeout
    found = Discovery()
    fetch_with_retries = fetch.with_options(
        retries=settings.fetch_retries,
        retry_delay_seconds=[settings.fetch_retry_delay * 5**k for k in range(settings.fetch_retries)] or 0,
    )
    targets = list(dict.fromkeys(urls))
    from_feed: dict[str, tuple[str | None, str | None]] = {}  # URL -> (title, date) of its feed item
    for feed_url in feeds:
        try:
            got = fetch_with_retries(feed_url, settings, run_deadline)
            if isinstance(got, FetchError):
                raise got
            entries = parse_feed(got.content, got.url)
        except FetchError as exc:
            reason = exc.reason if exc.reason.startswith("feed: ") else f"feed: {exc.reason}"
            found.rejected.append((InputItem(feed_url, "feed"), reason))
            continue
        except Exception as exc:
            found.rejected.append((InputItem(feed_url, "feed"), f"feed: {exc}"))
            continue
        taken = waiting = 0
        if hasattr(manifest, "need"):  # a manifest read as asked: the feed's entries at once
            manifest.need([entry.url for entry in entries])
        for entry in entries:
            prev = manifest.get(entry.url)
            if entry.url in targets or (prev and prev.status != "rejected"):
                continue  # already listed, or ingested (or a duplicate) before
            if prev and not is_transient(prev.reason or ""):
                continue  # failed for good: not fetched again
            if taken >= settings.fetch_feed_max_items:
                waiting += 1
                continue
            targets.append(entry.url)
            from_feed[entry.url] = (entry.title, entry.published)
            taken += 1
        if waiting:
            _logger().warning(
                "feed %s: %d new entries taken, %d more wait for the next run (fetch_feed_max_items=%d)",
                feed_url,
                taken,
                waiting,
                settings.fetch_feed_max_items,
            )
    from flows.distributed import fetch_all  # on the Dask cluster when dask_address is set

    for url, got in fetch_all(fetch_with_retries, targets, settings, run_deadline):
        if isinstance(got, FetchError):
            found.rejected.append((InputItem(url, "url"), got.reason))
            continue
        if isinstance(got, BaseException):
            raise got
        found.new.append(
            InputItem(
                url,
                kind_of(got.url, got.content_type),
                content=got.content,
                size_bytes=len(got.content),
                content_hash=sha256(got.content),
                feed_title=from_feed.get(url, (None, None))[0],
                feed_published=from_feed.get(url, (None, None))[1],
            )
        )
    return found
