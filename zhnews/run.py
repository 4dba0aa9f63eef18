"""Run the pipeline on one article, several, or a folder.

For each article the stages' ``run`` functions write every table (all that ``--tables-only`` does),
while two kernels, forks of this process, run the stages' notebooks (:data:`zhnews.stages.STAGES`)
with papermill, each as soon as its stage's tables are written, two at a time, each given ``article_path`` and ``out_dir`` through its ``parameters`` cell,
reading the tables back and drawing the charts, and are saved executed into ``<run>/notebooks/``.
Everything is written into a hidden temporary folder beside the final one and moved into place only
when every stage succeeded, so a failed run never leaves a half-written ``reports/<slug>/``. What a run promises, and how:

* **One folder per article**, whatever the order and the parallelism: :func:`unique_slugs` is a
  function of the *set* of articles, so ``d1/x.md`` and ``d2/x.md`` (or ``y.md``, ``y.html`` and
  ``y_md.txt``) always get the same distinct folders.
* **Atomic replace**: everything is written into a hidden build folder ``.<slug>.XXXXXXXX.tmp`` beside
  the final one and swapped into place only when every stage succeeded, with Linux's
  ``renameat2(RENAME_EXCHANGE)`` where available (readers see the old report or the new one, never
  neither); elsewhere by two renames whose interruption the next run repairs (:func:`_recover`).
* **Nothing lost that the run did not write**: files in the old report folder that the new run does not
  write (a user's notes; ``charts/`` and ``report.html`` on a ``--tables-only`` re-run) are kept, and
  the run says so.
* **Locks, leftovers**: each build folder is ``flock``-ed by its builder while it works, so the next
  run removes the ones whose builder died (SIGKILL, power cut) and leaves live ones alone; the swap
  itself happens under a lock on the output folder, so two runs into one ``--out`` never collide.
* **Permissions**: report folders follow the umask (``mkdtemp`` would make them ``0700``).
* **A dying worker** (killed, out of memory) does not end the batch: the other articles finish, the
  articles that were running are tried again, one at a time, and reported if they fail again.
* **A time limit per article** (:func:`_time_limit`) ends a run that takes too long with one line.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from .errors import ArticleError, TimeLimitExceeded
from .load.readers import SUFFIXES as ARTICLE_SUFFIXES
from .paths import NOTEBOOKS, ROOT, readable_name, slug_for

COMPARE_NOTEBOOK = "05_compare.ipynb"


# Kernels per article in a full run, at most: the stages' notebooks run two at a time (the tables are
# computed before them, so the notebooks only read and draw). Fewer when parallel articles already
# fill the cores (:func:`notebook_kernels`): each kernel costs its start-up.
NOTEBOOK_KERNELS = 2
# Seconds an article may take before it is stopped with a one-line error (``--time-limit``).
DEFAULT_TIME_LIMIT = 900
# Hidden names in the output folder: build folders and the old report during a non-atomic swap.
_BUILD_FOLDER = re.compile(r"^\.(?P<slug>.+)\.[A-Za-z0-9_]{8}\.tmp$")
_OLD_FOLDER = re.compile(r"^\.(?P<slug>.+)\.old$")


@dataclass(frozen=True)
class Failure:
    article: str
    reason: str

    def __str__(self):
        return f"{self.article}: {self.reason}"


def shown(path) -> str:
    """A path as the user may see it: a file name in GBK bytes is shown decoded, never as surrogates."""
    path = Path(path)
    return str(path.with_name(readable_name(path))) if path.name else str(path)


def expand_articles(paths) -> tuple[list[Path], list[Failure]]:
    """Files named directly, the article files inside any folder (sorted, not recursive), and links
    (fetched and saved into data/articles/ first, see zhnews.load.fetch).

    Each file once, however often it is named. A folder that cannot be listed (no permission) is one
    failure line, not the end of the run.
    """
    from .load.fetch import fetch_to_file, is_url

    articles, failures, seen = [], [], set()
    for raw in paths:
        path = Path(raw)
        try:
            if is_url(raw):
                found = [fetch_to_file(str(raw))]
            elif path.is_dir():
                found = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
                if not found:
                    failures.append(Failure(shown(path), "folder holds no article files (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")"))
            elif not path.exists():
                failures.append(Failure(shown(path), "no such file or folder"))
                continue
            else:
                found = [path]
        except ArticleError as err:
            failures.append(Failure(err.path, err.reason))
            continue
        except OSError as err:
            failures.append(Failure(shown(path), f"cannot be read ({err.strerror or err})"))
            continue
        for article in found:
            if article.resolve() not in seen:
                seen.add(article.resolve())
                articles.append(article)
    return articles, failures


def unique_slugs(articles: list[Path]) -> list[str]:
    """One distinct folder name per article, depending only on the set of articles, not their order.

    Articles whose slugs clash (compared ignoring case, for case-insensitive disks) first get their
    suffix appended (``y_md``, ``y_html``); any still clashing get the base slug plus 8 hex digits of
    their path's SHA-256 (``x_3fa2c1e0``), which differs for different files.
    """
    bases = [slug_for(a) for a in articles]
    slugs = list(bases)
    for disambiguate in (_with_suffix, _with_path_digest):
        clashing = _clashing(slugs)
        if not clashing:
            break
        slugs = [disambiguate(base, article) if i in clashing else slug
                 for i, (slug, base, article) in enumerate(zip(slugs, bases, articles))]
    return slugs


def _clashing(slugs: list[str]) -> set[int]:
    folded = [slug.casefold() for slug in slugs]
    return {i for i, key in enumerate(folded) if folded.count(key) > 1}


def _with_suffix(base: str, article: Path) -> str:
    return f"{base}_{article.suffix.lstrip('.').lower()}" if article.suffix else base


def _with_path_digest(base: str, article: Path) -> str:
    return f"{base}_{hashlib.sha256(os.fsencode(article.resolve())).hexdigest()[:8]}"


# ----------------------------------------------------------------------------------------------
# Notebook kernels


def kernel_files_dir() -> Path:
    """This process's private folder (``0700``) for its kernels' sockets and connection files.

    Nothing of a kernel lands loose in the shared temp folder; the folder goes when the process
    exits, and :func:`remove_stale_kernel_files` removes it on the next run if the process was killed.
    """
    global _kernel_files
    if _kernel_files is None or not _kernel_files.is_dir():
        _kernel_files = Path(tempfile.mkdtemp(prefix=f"{_KERNEL_FILES_PREFIX}{os.getpid()}-"))
        atexit.register(shutil.rmtree, _kernel_files, True)
    return _kernel_files


_KERNEL_FILES_PREFIX = "zhnews-kernels-"
_kernel_files: Path | None = None


def remove_stale_kernel_files() -> None:
    """Remove the kernel folders of our own processes that no longer run (killed runs)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_KERNEL_FILES_PREFIX}*"):
        pid = folder.name[len(_KERNEL_FILES_PREFIX):].split("-")[0]
        try:
            mine = not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()
            if not mine or not pid.isdigit() or _process_alive(int(pid)):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _quiet_local_kernel_manager():
    """A kernel manager on Unix sockets in a private folder instead of TCP ports on localhost.

    Nothing leaves the machine either way, but local sockets are not reachable by other users of
    the host; sockets and connection file (it holds the kernel's key) live in :func:`kernel_files_dir`. The kernel's own log goes nowhere: ipykernel warns on every start that TCP is
    unencrypted and logs the SIGINT that every shutdown sends, while errors in the notebook's cells
    reach the user through papermill as a one-line reason.
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietLocalKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            # A path prefix: the kernel creates and removes {ip}-{n} socket files beside it.
            # One prefix per kernel: jupyter_client numbers ipc sockets from 1 upwards by the files it
            # sees, which two kernels started before either has bound would share.
            self.ip = str(kernel_files_dir() / f"kernel-{os.urandom(4).hex()}")
            self.connection_file = str(kernel_files_dir() / f"kernel-{self.kernel_id or os.urandom(8).hex()}.json")
            self.client_factory = _notebook_client_class()
            self.notebook_client = None

        async def start_kernel(self, **kwargs):
            kwargs.setdefault("stderr", subprocess.DEVNULL)
            return await super().start_kernel(**kwargs)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            argv = _forkable_kernel_argv(kernel_cmd)
            if argv is None:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            provisioner = self.provisioner
            provisioner.process = _fork_kernel(argv, kw["env"], kw.get("cwd") or os.getcwd())
            provisioner.pid = provisioner.pgid = provisioner.process.pid  # the child leads its own session
            provisioner.cwd = kw.get("cwd")
            self._reconcile_connection_info(provisioner.connection_info)

        def client(self, **kwargs):
            # One client for every notebook the kernel runs (:func:`_notebook_client_class`), closed
            # with the kernel: papermill and nbclient leave the clients of a kernel they did not start
            # open, and each open client keeps receiving, and holding, every output the kernel
            # broadcasts afterwards (charts included).
            if self.notebook_client is None:
                self.notebook_client = super().client(**kwargs)
            return self.notebook_client

    return QuietLocalKernelManager


def _notebook_client_class():
    """The client papermill runs each notebook through, connected and readied once per kernel.

    nbclient asks for a client per notebook, starts its channels and waits until the kernel answers,
    then listens until the kernel's broadcasts have been quiet for a fifth of a second: a fifth of a
    second idle before every notebook, four times on the path to the report. The kernel is the same
    one each time, so the second notebook on finds the client connected and ready; nbclient matches
    every message to the request it sent, so what the previous notebook left unread is skipped.
    """
    from jupyter_client.asynchronous import AsyncKernelClient

    class NotebookClient(AsyncKernelClient):
        started = ready = False

        def start_channels(self, *args, **kwargs) -> None:
            if not self.started:
                super().start_channels(*args, **kwargs)
                self.started = True

        async def wait_for_ready(self, timeout=None) -> None:
            if not self.ready:
                await super().wait_for_ready(timeout)
                self.ready = True

    return NotebookClient


# Run in the kernel before each notebook: it starts from an empty namespace, pandas' default display
# options and cells counted from 1, as in a kernel of its own, while the modules it imports (pandas,
# matplotlib, jieba with its dictionaries, the word lists) stay loaded.
_FRESH_NAMESPACE = """\
import warnings, matplotlib.pyplot, pandas
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    pandas.reset_option("all")
matplotlib.pyplot.close("all")
get_ipython().reset(new_session=True)
get_ipython().execution_count = 1
"""


# Seconds to wait for the reset, which queues behind the warm-up on a kernel that could not be forked.
FRESH_NAMESPACE_TIMEOUT = 300
# The backend a kernel gives matplotlib (ipykernel sets it as MPLBACKEND before anything imports it).
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


def _notebook_modules() -> list[str]:
    """Every module the notebooks import: each stage's module and charts, pandas, matplotlib, IPython."""
    from .stages import STAGES

    package = Path(__file__).parent
    modules = ["IPython.display", "matplotlib.pyplot", "pandas", "zhnews.segment", "zhnews.viz.charts"]
    modules += [f"zhnews.{s.name}" for s in STAGES]
    modules += [f"zhnews.viz.{s.name}" for s in STAGES if (package / "viz" / f"{s.name}.py").exists()]
    return modules


def _warm_up_code() -> str:
    """What a kernel that could not be forked warm (:func:`_forkable_kernel_argv`) runs as soon as it
    starts: the notebooks' modules, the chart style and the tokenizers, then ``gc.freeze`` (see
    :func:`_load_notebook_modules`)."""
    return "\n".join([
        *(f"import {module}" for module in _notebook_modules()),
        "zhnews.viz.charts.setup_style()",
        "zhnews.segment.pos_tokenizer()",
        "import gc; gc.freeze()",
    ])


_notebook_modules_loaded = False


def _load_notebook_modules() -> None:
    """Import here, once, everything the notebooks' kernels need, so the kernels forked from this
    process (:func:`_fork_kernel`) start with it instead of each importing it again (seconds each).

    The chart style and the tokenizers are built too; ``gc.freeze`` then hides it all from the garbage
    collector: it lives as long as the process, and every full collection (IPython runs one at each
    reset between notebooks) would walk the tokenizers' millions of objects again, and in a forked
    kernel copy the pages it touches.
    """
    global _notebook_modules_loaded
    if _notebook_modules_loaded:
        return
    import gc

    _skip_iri_grammars()
    for module in [*_notebook_modules(), "ipykernel.kernelapp"]:
        import_module(module)
    from . import segment
    from .viz import charts

    charts.setup_style()
    segment.pos_tokenizer()
    gc.freeze()
    _notebook_modules_loaded = True


def _forkable_kernel_argv(kernel_cmd: list[str]) -> list[str] | None:
    """The kernel's own arguments when it is this Python's ipykernel (``python -m ipykernel_launcher
    ARGS``) and this system can fork; None otherwise (a kernel spec of another Python, Windows)."""
    if not hasattr(os, "fork") or "ipykernel_launcher" not in kernel_cmd:
        return None
    if Path(kernel_cmd[0]).resolve() != Path(sys.executable).resolve():
        return None
    return kernel_cmd[kernel_cmd.index("ipykernel_launcher") + 1:]


class _ForkedKernelProcess:
    """A forked kernel, seen by jupyter_client's provisioner as the ``Popen`` it would have started."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout=None) -> int:
        if self.returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def _pandas_defaults_of_a_kernel(shell) -> None:
    """Give pandas the display defaults it gives a kernel, in a kernel forked from a script.

    pandas picks ``display.max_columns`` when it is imported: 0 (fit the terminal's width) in a
    terminal, 20 in a kernel, where it cannot see the width. Imported by the parent, it took the
    terminal's; its own test is asked again here, as from a cell (``get_ipython`` is a builtin while
    the shell runs one), and the default re-registered from it, so the kernel's tables print as in a
    kernel started afresh (``reset_option`` between notebooks keeps it).
    """
    import pandas
    from pandas._config import config
    from pandas.core import config_init

    with shell.builtin_trap:
        in_a_terminal = config_init.is_terminal()
    key = "display.max_columns"
    registered = config._registered_options[key]
    config._registered_options[key] = registered._replace(defval=0 if in_a_terminal else 20)
    pandas.reset_option(key)


def _fork_kernel(argv: list[str], env: dict, cwd: str) -> _ForkedKernelProcess:
    """Start a kernel as a fork of this process, which has imported what the notebooks need
    (:func:`_load_notebook_modules`): the kernel starts in a fraction of a second and shares those
    pages with this process instead of importing pandas, matplotlib and jieba into pages of its own.

    The child does what ``python -m ipykernel_launcher ARGV`` would, as jupyter_client would start
    it (a session of its own, no stdin, stderr to nowhere, the kernel's environment and folder),
    with three differences a fork needs: the objects inherited from this process are frozen, so its
    collector never finalises this process's sockets or event loop in the child; the kernel runs on
    an event loop of its own; and matplotlib, imported before ipykernel could name its backend, is
    given the inline backend. It leaves with ``os._exit``: this process's exit handlers are not its own.
    """
    _load_notebook_modules()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return _ForkedKernelProcess(pid)
    status = 1  # a kernel that fails to start ends as a failed process, as a launched one would
    try:
        import asyncio
        import gc

        gc.freeze()
        os.setsid()
        nowhere = os.open(os.devnull, os.O_RDWR)
        os.dup2(nowhere, 0)
        os.dup2(nowhere, 2)
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env, JPY_PARENT_PID=str(os.getppid()))
        asyncio.set_event_loop(asyncio.new_event_loop())
        import matplotlib
        from ipykernel.kernelapp import IPKernelApp

        # The parent, whose end ends the kernel (ipykernel reads JPY_PARENT_PID when it is imported).
        app = IPKernelApp.instance(parent_handle=os.getppid())
        app.initialize(argv)
        matplotlib.use(os.environ.get("MPLBACKEND") or INLINE_BACKEND)
        _pandas_defaults_of_a_kernel(app.shell)
        app.start()
        status = 0
    finally:
        os._exit(status)


def _skip_iri_grammars() -> None:
    """Keep jsonschema from compiling its IRI grammars when papermill imports it (about a second).

    nbformat validates notebooks with jsonschema, which registers the "iri" format checks from
    rfc3987-syntax when that is installed (JupyterLab's jupyter-events brings it in), building some
    forty Lark parsers on import. Notebook validation never checks formats, so an import that
    fails, which jsonschema expects and skips, changes nothing but the time.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


class _Kernel:
    """One kernel for the notebooks of one run: imports and word lists load once, not once a notebook.

    The kernel starts on entering, as a fork of this process that has what the notebooks need
    (:func:`_fork_kernel`), or, where it cannot fork, as a new Python that imports it at once
    (:func:`_warm_up_code`). Each notebook is then executed by papermill with its parameters injected
    and saved executed; a failing cell becomes an ArticleError naming the notebook.
    """

    def __enter__(self):
        _skip_iri_grammars()
        from jupyter_core.utils import run_sync

        self.manager = _quiet_local_kernel_manager()(kernel_name="python3")
        run_sync(self.manager.start_kernel)(cwd=str(NOTEBOOKS), extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self.client = self.manager.blocking_client()
        self.client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        if not isinstance(self.manager.provisioner.process, _ForkedKernelProcess):
            # Not waited for: the first notebook's cells queue behind it. Silent: a failure shows up
            # again, with its message, in the notebook cell that needs the module.
            self.client.execute(_warm_up_code(), silent=True, store_history=False)
        return self

    def __exit__(self, *exc_info):
        from jupyter_core.utils import run_sync

        self.client.stop_channels()
        self._close_clients()
        process = self.manager.provisioner.process if self.manager.provisioner else None
        if isinstance(process, _ForkedKernelProcess):
            # Ended and reaped here, as shutdown_kernel(now=True) would end it, because the manager
            # then checks whether its kernel has gone every tenth of a second: a tenth per kernel.
            process.kill()
            process.wait()
        run_sync(self.manager.shutdown_kernel)(now=True)

    def _close_clients(self) -> None:
        if self.manager.notebook_client is not None:
            self.manager.notebook_client.stop_channels()
            self.manager.notebook_client = None

    def connect(self) -> None:
        """Connect and ready the client the notebooks will run through, while there is nothing to run yet."""
        from jupyter_core.utils import run_sync

        client = self.manager.client()
        client.start_channels()
        run_sync(client.wait_for_ready)(timeout=FRESH_NAMESPACE_TIMEOUT)

    def _run_silently(self, code: str, what: str, timeout: float | None = FRESH_NAMESPACE_TIMEOUT) -> None:
        """Run ``code`` in the kernel through the client it already has (a new client costs a third of a
        second), with no output and no history; a failure raises RuntimeError saying ``what`` failed.

        With no ``timeout`` it waits as long as the kernel lives, looking every second: a kernel ended
        by the time limit or a failure elsewhere must not leave this thread waiting for ever.
        """
        from queue import Empty

        request = self.client.execute(code, silent=True, store_history=False)
        while True:
            try:
                reply = self.client.get_shell_msg(timeout=timeout or 1.0)
            except Empty:
                if timeout or not self._alive():
                    raise RuntimeError(f"{what} failed: the kernel did not answer") from None
                continue
            if reply["parent_header"].get("msg_id") == request:
                break
        if reply["content"]["status"] != "ok":
            content = reply["content"]
            raise RuntimeError(f"{what} failed: {content.get('ename')}: {content.get('evalue')}")

    def _alive(self) -> bool:
        """Whether the kernel's process still runs, asked without reaping it (``WNOWAIT``): reaping is
        :meth:`__exit__`'s, which may be waiting for it on another thread."""
        provisioner = self.manager.provisioner
        process = provisioner.process if provisioner is not None else None
        if process is None or process.returncode is not None:
            return False
        if not hasattr(os, "waitid"):
            return _process_alive(process.pid)
        try:
            return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
        except ChildProcessError:
            return False

    def _fresh_namespace(self) -> None:
        """Reset the kernel between notebooks."""
        self._run_silently(_FRESH_NAMESPACE, "resetting the kernel")

    def write_docx(self, work_dir: Path) -> None:
        """Write the run's report.docx in this kernel (:func:`zhnews.report.docx.write_article_docx`).

        Given to a kernel that has finished its notebooks, so the document is written in a process of
        its own while this one runs the report's notebook: in this process it shared the interpreter
        lock with that notebook's client, the last stretch of every full run.
        """
        code = f"import zhnews.report.docx\nzhnews.report.docx.write_article_docx({str(work_dir)!r})"
        self._run_silently(code, "writing report.docx", timeout=None)

    def execute(self, notebook: Path, work_dir: Path, parameters: dict, subject) -> Path:
        import papermill
        from papermill.exceptions import PapermillExecutionError

        self._fresh_namespace()
        executed = work_dir / "notebooks" / notebook.name
        executed.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Saved once, executed (or with the failing cell's error), instead of before and after
            # every cell: the kernel waits while papermill writes.
            papermill.execute_notebook(
                str(notebook), str(executed), parameters=parameters,
                kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOKS), km=self.manager,
                request_save_on_cell_execute=False,
            )
        except PapermillExecutionError as err:
            raise ArticleError(subject, f"{notebook.stem} failed: {err.ename}: {err.evalue}") from None
        return executed


def _execute_tables_and_notebooks(article: Path, work_dir: Path, loaded, kernels: list[_Kernel]) -> None:
    """Every table, every notebook executed and saved, then report.html and report.docx.

    The tables are computed here, stage after stage, while the kernels take the stages' notebooks in
    pipeline order, each as soon as its stage's tables are written (a notebook only reads its tables
    back and draws), so drawing the load stage's charts overlaps computing the keywords. The report's
    notebook, which shows their charts, runs last. A failure anywhere stops the notebooks not yet
    started; on a failure or the time limit the kernels shut down on the way out, which ends the
    notebook still running.

    This process also readies nbconvert for the HTML export while the stages' notebooks run. While the
    report's notebook runs, report.docx, which reads only the tables and the stages' charts, is written
    by the second kernel (:meth:`_Kernel.write_docx`), or by a thread here when there is one kernel.
    """
    from .report import warm_html_export
    from .report.docx import write_article_docx
    from .stages import STAGES

    parameters = {"article_path": str(article), "out_dir": str(work_dir)}
    *stage_notebooks, report = STAGES
    pending, failed = deque(stage_notebooks), threading.Event()
    tables_written = {stage.name: threading.Event() for stage in stage_notebooks}

    def execute_pending(kernel: _Kernel) -> None:
        kernel.connect()
        while not failed.is_set():
            try:
                stage = pending.popleft()
            except IndexError:
                return
            tables_written[stage.name].wait()
            if failed.is_set():
                return
            try:
                kernel.execute(stage.notebook_path, work_dir, parameters, article)
            except BaseException:
                failed.set()
                raise

    def stop_waiting() -> None:
        failed.set()
        for written in tables_written.values():
            written.set()

    pool = ThreadPoolExecutor(max_workers=len(kernels) + 1, thread_name_prefix="notebooks")
    try:
        running = [pool.submit(execute_pending, kernel) for kernel in kernels]
        _execute_tables(article, work_dir, loaded, after_each=lambda stage: tables_written[stage.name].set())
        # Only a head start: should it fail, the export itself fails with the reason. After the tables,
        # which every notebook waits for: this process's threads share one interpreter lock.
        warm_html_export()
        for done in running:
            done.result()
        # A second kernel, idle now, writes report.docx; with one kernel, a thread of this process does.
        docx = pool.submit(*((kernels[1].write_docx,) if len(kernels) > 1 else (write_article_docx,)), work_dir)
        executed_report = kernels[0].execute(report.notebook_path, work_dir, parameters, article)
        docx.result()
    except BaseException:
        stop_waiting()
        raise
    finally:
        pool.shutdown(wait=False)
    _export_report(executed_report, work_dir)


def _export_report(executed_report: Path, work_dir: Path) -> None:
    from . import io
    from .report import export_html

    export_html(executed_report, work_dir / "report.html", io.read_json(work_dir, "meta").get("title"))


def _execute_tables(article: Path, work_dir: Path, loaded, after_each=None) -> None:
    from .stages import run_tables

    run_tables(article, work_dir, loaded, after_each)


def _deliver_notebooks(work_dir: Path, final: Path, parameters: dict) -> None:
    """Point the executed notebooks at the report folder they are delivered in, not the build folder.

    ``parameters`` are the notebooks' parameters as delivered (paths through :func:`_portable`). A
    delivered notebook re-run from JupyterLab then reads and writes ``reports/<slug>/``.
    """
    import nbformat

    for path in sorted((work_dir / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(str(path), as_version=4)
        for cell in notebook.cells:
            tags = cell.get("metadata", {}).get("tags", [])
            if "injected-parameters" in tags:
                cell.source = "# Parameters\n" + "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in parameters.items())
        papermill_meta = notebook.metadata.get("papermill")
        if papermill_meta is not None:
            papermill_meta["parameters"] = parameters
            papermill_meta["input_path"] = _portable(NOTEBOOKS / path.name)
            papermill_meta["output_path"] = _portable(final / "notebooks" / path.name)
        nbformat.write(notebook, str(path))


def _portable(path: Path) -> str:
    """``path`` relative to the repository when inside it, else as it is: no local folder names in
    what editors get; :func:`zhnews.paths.locate` reads it back."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


@contextmanager
def _time_limit(seconds, limit, subject):
    """Stop the work inside with :class:`TimeLimitExceeded` after ``seconds`` (SIGALRM, Unix main thread);
    ``limit`` is the whole article's limit, for the message. No limit when ``seconds`` is None.

    Python code is stopped at once; a single call into C (a regular expression, the HTML parser) is
    stopped when it returns, which is why the loader's costs are kept linear in the input's size.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def stop(signum, frame):
        raise TimeLimitExceeded(subject, f"stopped after the time limit of {limit:g} s per article (--time-limit)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ----------------------------------------------------------------------------------------------
# Build folders, locks and the swap


@contextmanager
def _locked(path: Path, blocking: bool = True):
    """An exclusive ``flock`` on a folder while the block runs; yields False if ``blocking`` is off and
    someone else holds it. The kernel drops the lock when its holder dies, however it dies."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; runs into one folder are not protected from each other
        yield True
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _new_build_folder(final: Path) -> Path:
    """A hidden build folder beside ``final`` with the mode a folder made with mkdir would have."""
    work_dir = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    work_dir.chmod(0o777 & ~_umask())
    return work_dir


def remove_leftovers(out_root) -> None:
    """Repair what killed runs left in ``out_root``: build folders nobody builds in, and a report
    caught between the two renames of a non-atomic swap (restored, or dropped if replaced)."""
    out_root = Path(out_root)
    try:
        with _locked(out_root):
            _repair(out_root)
    except OSError:  # no output folder yet, or one we may not read: each article will say so
        pass


def _repair(out_root: Path) -> None:
    for entry in sorted(out_root.iterdir()):
        if _BUILD_FOLDER.match(entry.name) and entry.is_dir():
            with _locked(entry, blocking=False) as free:
                if free:
                    shutil.rmtree(entry, ignore_errors=True)
        elif _OLD_FOLDER.match(entry.name):
            _recover(out_root / _OLD_FOLDER.match(entry.name)["slug"])


def _recover(final: Path) -> None:
    """After a swap was interrupted: put the old report back if the new one never arrived."""
    old = final.with_name(f".{final.name}.old")
    if not old.exists():
        return
    if final.exists():
        shutil.rmtree(old, ignore_errors=True)
    else:
        old.rename(final)


def _carry_over(final: Path, work_dir: Path) -> list[str]:
    """Link into the build folder every file of the old report that the new run did not write.

    Returns their paths relative to the report folder. Hard links cost no space or time; a file
    system without them gets a copy.
    """
    if not final.is_dir() or final.is_symlink():
        return []
    kept = []
    for folder, subfolders, files in os.walk(final):
        relative = Path(folder).relative_to(final)
        if not (work_dir / relative).is_dir():  # the new run wrote a file where this folder was
            subfolders[:] = []
            continue
        linked_folders = [name for name in subfolders if (Path(folder) / name).is_symlink()]
        subfolders[:] = [name for name in subfolders if name not in linked_folders]
        for name in sorted(files + linked_folders):
            target = work_dir / relative / name
            if target.exists() or target.is_symlink():
                continue
            try:
                os.link(Path(folder) / name, target, follow_symlinks=False)
            except OSError:
                shutil.copy2(Path(folder) / name, target, follow_symlinks=False)
            kept.append((relative / name).as_posix())
        for name in subfolders:
            if not (work_dir / relative / name).exists():
                (work_dir / relative / name).mkdir()
    return sorted(kept)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_into_place(work_dir: Path, final: Path) -> None:
    if not final.exists() and not final.is_symlink():
        work_dir.rename(final)
    elif _exchange(work_dir, final):
        shutil.rmtree(work_dir, ignore_errors=True)  # the build folder's name now holds the old report
    else:
        old = final.with_name(f".{final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        final.rename(old)
        work_dir.rename(final)  # a kill before this line: _recover restores the old report
        shutil.rmtree(old, ignore_errors=True)


def _build_in_place(final: Path, build) -> tuple[Path, list[str]]:
    """Run ``build(work_dir)`` in a hidden sibling folder and swap it in as ``final`` only on success.

    Returns the folder and the files kept from the old report because the run did not write them.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as hold:
        with _locked(final.parent):
            _recover(final)
            work_dir = _new_build_folder(final)
            # Locked before the output folder is released, so no sweep ever sees it unlocked.
            hold.enter_context(_locked(work_dir))
        try:
            build(work_dir)
            with _locked(final.parent):
                kept = _carry_over(final, work_dir)
                _swap_into_place(work_dir, final)
        except BaseException:
            shutil.rmtree(work_dir, ignore_errors=True)
            raise
    return final, kept


def _kept_note(final: Path, kept: list[str]) -> list[str]:
    if not kept:
        return []
    listed = ", ".join(kept[:5]) + (f" and {len(kept) - 5} more" if len(kept) > 5 else "")
    return [f"{shown(final)}: kept {len(kept)} file(s) this run did not write, from before: {listed}"]


# ----------------------------------------------------------------------------------------------
# Articles and batches


def notebook_kernels(jobs: int) -> int:
    """Kernels per article when ``jobs`` articles run at once: the cores shared out, one at least."""
    return max(1, min(NOTEBOOK_KERNELS, (os.cpu_count() or 1) // max(jobs, 1)))


def run_article(article, out_root, tables_only: bool = False, slug: str | None = None,
                time_limit: float | None = DEFAULT_TIME_LIMIT, kernels: int = NOTEBOOK_KERNELS) -> tuple[Path, list[str]]:
    """Analyse one article into ``out_root/<slug>/``; returns the folder and notes for the user.

    Raises ArticleError with a one-line reason on bad input or when the time limit is reached.
    """
    from .load import load_article

    article = Path(article).resolve()
    out_root = Path(out_root).resolve()
    started = time.monotonic()
    remaining = (lambda: max(time_limit - (time.monotonic() - started), 0.001)) if time_limit else (lambda: None)
    if not tables_only and not _is_utf8(article):
        # Notebooks store their parameters as UTF-8 text, which cannot hold such a name.
        raise ArticleError(shown(article), "the notebooks need a UTF-8 file name (this one is in other bytes, GBK?): "
                                           "rename the file, or run with --tables-only")
    final = out_root / (slug or slug_for(article))
    with ExitStack() as stack:
        # The kernels of a full run start first, forks of this process (:func:`_fork_kernel`), so each
        # stage's notebook can start as soon as its tables are written; bad input still becomes a
        # clear error before any folder is made.
        kernels = [] if tables_only else [stack.enter_context(_Kernel()) for _ in range(kernels)]
        with _time_limit(remaining(), time_limit, shown(article)):
            loaded = load_article(article)

        def build(work_dir: Path) -> None:
            # The swap after it is not timed: stopped half-way, it would leave the old report aside.
            with _time_limit(remaining(), time_limit, shown(article)):
                if tables_only:
                    _execute_tables(article, work_dir, loaded)
                else:
                    _execute_tables_and_notebooks(article, work_dir, loaded, kernels)
            if not tables_only:
                _deliver_notebooks(work_dir, final, {"article_path": _portable(article), "out_dir": _portable(final)})

        final, kept = _build_in_place(final, build)
    return final, _coverage_note(article, loaded) + _kept_note(final, kept)


def _coverage_note(article: Path, loaded) -> list[str]:
    if loaded.coverage.ratio == 1:
        return []
    missing = f" (first missing: {loaded.coverage.missing[0][:40]!r})" if loaded.coverage.missing else ""
    return [f"{shown(article)}: only {loaded.coverage.ratio:.1%} of the text reached the paragraphs{missing}"]


def _is_utf8(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def run_corpus(folders, out_root, tables_only: bool = False, compared: dict | None = None) -> tuple[Path, list[str]]:
    """``out_root/_corpus/``: the corpus tables and, unless tables only, the comparison notebook.

    ``compared``: what :func:`zhnews.corpus.compared_tables` gave for folders already read (by folder).
    """
    from .corpus import CORPUS_FOLDER, write_corpus
    from .dataset import META_TABLE, carry_over, export_corpus_report

    final = Path(out_root).resolve() / CORPUS_FOLDER

    def build(work_dir: Path) -> None:
        carry_over(Path(out_root).resolve() / CORPUS_FOLDER, work_dir)  # the dataset, written before
        write_corpus(folders, work_dir, compared)
        if not tables_only:
            from .report import export_html
            from .report.docx import write_corpus_docx

            with _Kernel() as kernel:
                executed = kernel.execute(NOTEBOOKS / COMPARE_NOTEBOOK, work_dir, {"corpus_dir": str(work_dir)}, CORPUS_FOLDER)
            export_html(executed, work_dir / "report.html", "zhnews 文章对比 · Comparing articles")
            write_corpus_docx(work_dir)
            if (work_dir / META_TABLE).is_dir():  # the dataset, written by a folder run before this
                export_corpus_report(work_dir)
            # Absolute: 05_compare reads corpus_dir as given, and JupyterLab runs it in its own folder.
            _deliver_notebooks(work_dir, final, {"corpus_dir": str(final)})

    final, kept = _build_in_place(final, build)
    return final, _kept_note(final, kept)


def _attempt(subject, action) -> tuple[str, str | None, list[str]]:
    """(output folder, None, notes) on success, (subject, one-line reason, []) on failure; never raises."""
    try:
        where, notes = action()
        return str(where), None, notes
    except ArticleError as err:
        return str(subject), err.reason, []
    except Exception as err:  # a bug, not bad input: still one line, and the run goes on
        return str(subject), f"unexpected {type(err).__name__}: {err}", []


def _run_one(task) -> tuple[str, str | None, list[str]]:
    article, out_root, tables_only, slug, time_limit, kernels = task
    return _attempt(shown(article), lambda: run_article(article, out_root, tables_only, slug, time_limit, kernels))


WORKER_DIED = "its worker process died twice (killed, or out of memory?); not tried again"


def _warm_up(articles) -> None:
    """Build, once, everything the stages build from jieba's dictionaries and our word lists.

    The tokenizers, the IDF table, the cue tables and the models take seconds to build and hundreds of
    MB; built in the parent before the worker processes fork, the workers share them (copy-on-write)
    instead of each building its own. Running the stages on the default article builds exactly what a
    run needs, whatever caches the stages add later; a batch with web pages among its ``articles`` also
    warms the page reader (:func:`zhnews.load.html.warm`), which the default article, in markdown,
    never reaches. ``gc.freeze`` keeps the collector from touching, and so copying, those objects in
    every worker.
    """
    import gc

    from .load import html
    from .paths import DEFAULT_ARTICLE
    from .stages import run_tables

    with tempfile.TemporaryDirectory() as scratch:
        run_tables(DEFAULT_ARTICLE, scratch)
    if any(Path(article).suffix.lower() in html.SUFFIXES for article in articles):
        html.warm()
    gc.freeze()



def _freeze_shared_state() -> None:
    """Import the stages and build the tokenizers now, then hide them from the garbage collector.

    They live as long as the process, yet each full collection walks their objects again: a
    tables-only run of one article made four, a tenth of its time. Built here first (the stages
    would build them on the first article anyway), ``gc.freeze`` moves them out of the collector's
    sight; what the stages build per article is collected as before.
    """
    import gc

    from . import segment
    from .stages import table_stages

    for stage in table_stages():
        import_module(f"{__package__}.{stage.name}")
    segment.pos_tokenizer()
    gc.freeze()


def _run_in_pool(tasks: list, jobs: int, advance) -> dict[int, tuple]:
    """Results of ``_run_one`` per task index, ``jobs`` at a time in worker processes.

    Tasks are handed out largest article first (:func:`_largest_first`). Only ``jobs`` are handed
    out at once, so when a worker dies the suspects are exactly the
    tasks that were running. The pool is then restarted for the rest, and the suspects are tried
    again one at a time, alone, so the article that kills its worker is found and reported while the
    others finish.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    results: dict[int, tuple] = {}
    waiting, suspects = deque(_largest_first(tasks)), []
    while waiting:
        # Forked: the workers share what the parent built before the pool (:func:`_warm_up`).
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            running: dict = {}
            broken = False
            while (waiting and not broken) or running:
                while waiting and not broken and len(running) < jobs:
                    index = waiting.popleft()
                    running[pool.submit(_run_one, tasks[index])] = index
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    index = running.pop(future)
                    try:
                        results[index] = future.result()
                        advance()
                    except BrokenProcessPool:
                        broken = True
                        suspects.append(index)
    for index in sorted(suspects):
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            try:
                results[index] = pool.submit(_run_one, tasks[index]).result()
            except BrokenProcessPool:
                results[index] = (shown(tasks[index][0]), WORKER_DIED, [])
        advance()
    return results


def _largest_first(tasks: list) -> list[int]:
    """The tasks' indices, the largest article file first (ties in input order).

    Handed out in input order, a large page that comes last runs alone while the other cores wait;
    largest first, the last tasks are the short ones and the workers finish nearly together. The
    results do not depend on the order (each article is analysed alone, the corpus is in input order).
    """
    def size(index: int) -> int:
        try:
            return Path(tasks[index][0]).stat().st_size
        except OSError:
            return 0

    return sorted(range(len(tasks)), key=lambda index: (-size(index), index))


def run_many(paths, out_root, tables_only: bool = False, jobs: int = 1, progress: bool = True,
             time_limit: float | None = DEFAULT_TIME_LIMIT, cluster: str | None = None, article_folders: bool = True):
    """Run every article, then the corpus comparison when there are several.

    Returns (folders written, failures, notes). Goes on past bad articles and dead workers. With
    ``jobs`` > 1 articles run in worker processes; outputs do not depend on the parallelism. A
    ``cluster`` (Dask) or a run without article folders goes through :func:`zhnews.cluster.run_dataset`
    (the articles' tables only; the corpus report unless ``tables_only``).
    """
    from tqdm import tqdm

    if cluster is not None or not article_folders:
        from .cluster import run_dataset

        outputs, failures = run_dataset(paths, out_root, cluster, jobs, article_folders, progress, tables_only)
        return outputs, failures, []

    remove_stale_kernel_files()
    remove_leftovers(out_root)
    articles, failures = expand_articles(paths)
    parallel = jobs if len(articles) > 1 else 1
    tasks = [(a, out_root, tables_only, slug, time_limit, notebook_kernels(parallel)) for a, slug in zip(articles, unique_slugs(articles))]
    with tqdm(total=len(tasks), desc="articles", unit="article", disable=not progress or not tasks) as bar:
        if jobs > 1 and len(tasks) > 1:
            if not tables_only:
                _load_notebook_modules()  # the workers' kernels are forked from them
            _warm_up(articles)  # the workers compute the tables, in a full run too
            by_index = _run_in_pool(tasks, jobs, bar.update)
            results = [by_index[i] for i in range(len(tasks))]
        else:
            if tasks:
                _freeze_shared_state()
            results = []
            for task in tasks:
                results.append(_run_one(task))
                bar.update()
    outputs = [Path(where) for where, reason, _ in results if reason is None]
    failures += [Failure(where, reason) for where, reason, _ in results if reason is not None]
    notes = [note for _, _, article_notes in results for note in article_notes]
    several = len(articles) > 1 or any(Path(p).is_dir() for p in paths)
    if several and outputs:
        from .corpus import compared_tables
        from .dataset import write_from_run

        # The dataset reads every article folder back; the comparison keeps the few columns it needs
        # of what was read (not the text), so no folder is read twice.
        compared = {}
        write_from_run(out_root, articles, results, failures,
                       on_read=lambda folder, tables: compared.__setitem__(Path(folder), compared_tables(folder, tables)))
        where, reason, corpus_notes = _attempt("_corpus", lambda: run_corpus(outputs, out_root, tables_only, compared))
        if reason is None:
            outputs.append(Path(where))
            notes += corpus_notes
        else:
            failures.append(Failure(where, reason))
    remove_leftovers(out_root)  # build folders of workers killed during this run
    remove_stale_kernel_files()  # pool workers end without running atexit handlers
    return outputs, failures, notes
