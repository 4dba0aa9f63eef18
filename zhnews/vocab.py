"""Every closed vocabulary of the data contract, declared once with the name a reader sees.

The stages write these codes into their tables; charts, the report and the fact-check sheet show the
names. :mod:`zhnews.viz.palette` gives each code its colour, and a test checks that every code has
both a name and a colour.
"""

from __future__ import annotations

# paragraphs.role
ROLES = {
    "title": "标题 title",
    "byline": "署名 byline",
    "body": "正文 body",
    "caption": "图注 caption",
    "boilerplate": "杂项 boilerplate",
}

# sentiment.label and sentiment_paragraphs.label (mixed: paragraphs only, strong praise and criticism together)
SENTIMENT_LABELS = {
    "positive": "正面 positive",
    "neutral": "中性 neutral",
    "negative": "负面 negative",
    "mixed": "褒贬兼有 mixed",
}

# claims.types, in the order they are written
CLAIM_TYPES = {
    "comparative": "比较 comparative",
    "superlative": "最高级 superlative",
    "causal": "因果 causal",
    "predictive": "预测 predictive",
    "attributed": "引述 attributed",
    "hedged": "存疑 hedged",
    "opinion": "观点 opinion",
}
UNTYPED = "untyped"  # a sentence with no claim cue, in charts

# quantities.kind (count = things counted with a measure word; measure = a physical unit: 公里, 平方米, ℃, 千伏)
QUANTITY_KINDS = {
    "money": "金额 money",
    "percent": "百分比 percent",
    "multiple": "倍数 multiple",
    "ratio": "比例 ratio",
    "count": "数量 count",
    "measure": "度量 measure",
    "date": "日期 date",
    "duration": "时长 duration",
    "rank": "排名 rank",
    "number": "数字 number",
}

# entities.type
ENTITY_TYPES = {
    "person": "人物 person",
    "place": "地点 place",
    "organisation": "机构 organisation",
    "product": "产品 product",
    "other": "其他 other",
}
