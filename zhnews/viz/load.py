"""Charts of the load stage: the article's shape."""

from __future__ import annotations

from matplotlib.patches import Patch

from .. import vocab
from .charts import new_figure
from .palette import ROLE


def paragraph_map(paragraphs, title: str = "段落长度与角色 · Paragraph lengths by role"):
    """Bar per paragraph in reading order, height = characters, colour = role: the article's shape."""
    fig, ax = new_figure(height=3.6)
    colours = [ROLE.get(role, "#000000") for role in paragraphs["role"]]
    ax.bar(paragraphs["para_id"], paragraphs["n_chars"], color=colours, width=0.8)
    present = [role for role in vocab.ROLES if (paragraphs["role"] == role).any()]
    ax.legend(
        handles=[Patch(color=ROLE[role], label=role) for role in present],
        title="角色 role", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
    )  # beside the axes: inside, a long paragraph at either end would run under it
    ax.set_title(title)
    ax.set_xlabel("段落序号（阅读顺序）· paragraph (reading order)")
    ax.set_ylabel("字数 · characters")
    return fig
