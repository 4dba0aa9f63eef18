"""Change and level: 营收同比增长15%至120亿元 is a rise of 15% (change_up) landing on 120亿元 (level), never a
range; the two figures point at each other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from .numerals import Quantity, change_cues
from .constructions import TALLY_NOTE, clause_before
from .numbers import ROLE_FILLER, change_cue_before, cue_at_end


_ROLE_KINDS = ("money", "percent", "multiple", "ratio", "count", "measure", "number")
# 1056.2亿元，同比增长8.8%: a level followed by its change in the next few words; the base it is compared
# with may be a year or a point of one (存款余额1970.6亿元，比年初增加266亿元; 预算433.8万元，比2018年减少2万元). A statistical
# bulletin glosses the level's prices and says how the change is reckoned in between (地区生产总值1303.96亿元（现价，下同），
# 比上年增长4.6%; 24763.6 亿元, 按不变价格计算 , 比上年增长5.8%: fresh35 1003, 1005).
_CHANGE_FOLLOWS = re.compile(r"^(?: ?[（(][^（）()]{1,12}[)）])?[，,]? ?(?:按(?:不变|可比)价(?:格)?计算 ?[，,]? ?)?"
                             r"(?:同比|环比|(?:比|较)(?:上年末|上年|去年|年初|上月|上季度|\d{4} ?年)(?:同期)?)?")
JOINED = re.compile(r"^ ?[、和与及或] ?$")  # 4.51个百分点、3.26个百分点和0.21个百分点 share one verb


def _change_of(between: str) -> bool:
    """"，同比增长" / "，同比增长率高达": nothing but a comparison and a change word between a level and its change."""
    rest = between[_CHANGE_FOLLOWS.match(between).end():]
    core = rest[:ROLE_FILLER.search(rest).start()]
    found = cue_at_end(core)
    return found is not None and found[0] == core and found[1].startswith("change")


def _role_of(text: str, q: Quantity, previous: Quantity | None) -> tuple[str, bool]:
    """(role, reached): reached = a change verb followed by 至/到/为, the figure is the level reached."""
    if previous is not None and previous.role and JOINED.match(text[previous.end:q.start]):
        return previous.role, False
    if previous is not None and previous.role.startswith("change") and re.fullmatch(" ?[至到] ?", text[previous.end:q.start]):
        return "level", True  # 增长15%至120亿元
    found = change_cue_before(text, q.start if previous is None or previous.end <= q.start else q.start)
    if found is None:
        return _change_of_the_object(text, q), False
    cue, role, filler = found
    if previous is not None and previous.end > q.start - len(cue) - len(filler):
        return "", False  # the cue belongs to the figure before
    noun = cue.endswith(("幅", "速", "率", "量", "幅度"))  # 增幅为29.2%, 涨价幅度为1～1.5元: the size of the change
    # 下跌仅为1% (fresh26 820): 仅 before 为 weighs the move itself, as 增幅为 does; 下调为2元, 降至仅为 land on a level
    if role.startswith("change") and not noun and re.search("[至到]|(?<!仅)为", filler):
        return "level", True
    return role, False


# 全面下调金融机构存款准备金率0.5个百分点 (fresh26 821), 会增加国民的大麻消费量35% (fresh21 681): a change verb, its object
# and then the percent it moves by, with no filler between (增长15%, 下降至2% are read by the cue right before the figure).
# The object is a noun phrase in Han characters.
_VERB_OBJECT_PERCENT = re.compile(r"(?P<object>[\u4e00-\u9fff]{2,12})$")
# A share, a copula or a comparison in it (占, 比重, 为, 是, 低于, 相差) makes the percent a level or a gap.
_NOT_AN_OBJECT = re.compile(r"[占为是达至到约近超逾仅]|比重|比例|之比|目标|预期|高于|低于|跑赢|相差|差距")


# 因运力投入减少而减少收入215.11亿元，因载运率上升而增加收入1.86亿元 (fresh37 1042, gold change_down, change_up): an amount
# right after a change verb of two characters or more and its short object (two to four characters) is the size of the
# change too. Not after a one-character cue inside another verb (虚增收入 is a fraud's inflated sum, 减除费用 a deduction,
# 增持价值5亿欧元 a purchase: fresh3 100, fresh4 133, fresh24 781, gold no role).
_VERB_OBJECT_AMOUNT = re.compile(r"(?P<object>[\u4e00-\u9fff]{2,4})$")
_AMOUNT_VERB_MIN_CHARS = 2


def _change_of_the_object(text: str, q: Quantity) -> str:
    """change_up / change_down when a percent follows a change verb's object in its clause (下调…存款准备金率0.5个百分点),
    or money a verb's short object (减少收入215.11亿元), else ""."""
    if q.kind not in ("percent", "money"):
        return ""
    object_shape = _VERB_OBJECT_PERCENT if q.kind == "percent" else _VERB_OBJECT_AMOUNT
    clause = clause_before(text, q.start)
    for cue, role in change_cues():
        if not role.startswith("change") or cue.endswith(("幅", "速", "率", "量", "幅度")):
            continue
        if q.kind == "money" and len(cue) < _AMOUNT_VERB_MIN_CHARS:
            continue
        at = clause.rfind(cue)
        rest = clause[at + len(cue):] if at >= 0 else ""
        # 增加值, 新增 end in the cue, 增速 begins with it: a longer word, no verb
        longest = next((c for c, _ in change_cues() if clause.startswith(c, at)), cue) if at >= 0 else ""
        if (at >= 0 and object_shape.fullmatch(rest) and not _NOT_AN_OBJECT.search(rest)
                and cue_at_end(clause[:at + len(cue)]) == (cue, role) and longest == cue):
            return role
    return ""


def _moved_without_figure(between: str) -> bool:
    """古茗上午开盘再次上涨，每股最高触及10.4港元 (fresh23 740): a clause that ends on a change verb, told without its size
    since the figure before, is the move a level cue's figure ends (not a change word inside a noun phrase:
    经济增长的贡献率达到89%, 增速…达到38.7%)."""
    return any(role in _RATE_NOUN_ROLES and (cue + "，" in between or cue + "," in between) for cue, role in change_cues())


def _span_reached(text: str, q: Quantity, previous: Quantity | None) -> bool:
    """平均时间延长至280天, 待闸时间拉长到220个小时 (tune 224, fresh11 381): a span a change verb and 至/到 land on is a
    level; any other span keeps no role (连续增长5年 is how long, not how much: the seen gold gives 813 of 825 durations
    none), nor one that counts back from now (下降至十多年来的最低点, fresh7 302)."""
    if text.startswith(("来", "以来"), q.end):
        return False
    role, reached = _role_of(text, q, previous)
    return reached and role == "level"


# 日利用率…比上年同期减少1.92小时 (fresh37 1042, gold change_down): a span told against a base (比/较 … in its clause) after a
# change verb is by how much it moved; 连续增长5年 (no comparison) stays how long.
_COMPARED_IN_CLAUSE = re.compile(r"(?:比|较|較)(?:上年|去年|上月|上季度|年初|\d{4} ?年)")


def _span_compared(text: str, q: Quantity, previous: Quantity | None) -> str:
    role, _ = _role_of(text, q, previous)
    return role if role.startswith("change") and _COMPARED_IN_CLAUSE.search(clause_before(text, q.start)) else ""


def assign_roles(text: str, found: list[Quantity]) -> list[Quantity]:
    """Role and pairing of each figure of one sentence (``found`` in reading order).

    change_up / change_down: right after a change word (增长, 下降, 增幅 …, change_cues.tsv);
    level: after a change verb and 至/到/为 (增长15%至120亿元, 下调为2元), after 报/收于 when the
    sentence also reports a change, the start of 从/由 X 到 Y, or a figure followed by its change
    (营业额385.7亿元，同比增长42.2%). A change and the level it reaches point at each other (``pair``);
    a change written without its unit takes the level's (增加2.3万至18.6万人 → 23000 人).
    """
    out: list[Quantity] = []
    reached_level: set[int] = set()
    for k, q in enumerate(found):
        if q.kind == "duration" and not q.role:
            previous = next((p for p in reversed(out) if p.kind in _ROLE_KINDS), None)
            if _span_reached(text, q, previous):
                out.append(replace(q, role="level"))
                reached_level.add(k)
            else:
                out.append(replace(q, role=_span_compared(text, q, previous)))
            continue
        if q.kind not in _ROLE_KINDS or q.role:
            out.append(q)
            continue
        previous = next((p for p in reversed(out) if p.kind in _ROLE_KINDS), None)
        role, reached = _role_of(text, q, previous)
        out.append(replace(q, role=role))
        if reached:
            reached_level.add(k)
    for k, q in enumerate(out):
        previous = next((p for p in reversed(out[:k]) if p.kind in _ROLE_KINDS), None)
        if q.role == "level" and k not in reached_level and not (previous and previous.role.startswith("change")) and not (
                _moved_without_figure(text[previous.end if previous else 0:q.start])):
            out[k] = replace(q, role="")  # 报6.54 is a level only right after the change it follows
    out = _rates_named_before(text, out, reached_level)
    for k, q in enumerate(out):
        nxt = next((j for j in range(k + 1, len(out)) if out[j].kind in _ROLE_KINDS), None)
        if nxt is None:
            continue
        between = text[q.end:out[nxt].start]
        if k in reached_level or q.kind not in _ROLE_KINDS:
            continue
        if not q.role and nxt in reached_level and re.search("[从由]", clause_before(text, q.start)):
            out[k] = replace(q, role="level", pair=nxt)  # 从129亿元跃升至238亿元: both levels
            out[nxt] = replace(out[nxt], pair=k)
        elif q.role.startswith("change") and nxt in reached_level:
            out[k] = replace(q, pair=nxt)
            out[nxt] = replace(out[nxt], pair=k)
            if not q.unit and out[nxt].unit and q.kind == "number":
                out[k] = replace(out[k], kind=out[nxt].kind, unit=out[nxt].unit)
        elif out[nxt].role == "level" and nxt not in reached_level and q.role.startswith("change") and q.pair is None:
            out[k] = replace(q, pair=nxt)  # 跌0.06%，报6.559元
            out[nxt] = replace(out[nxt], pair=k)
        elif not q.role and out[nxt].role.startswith("change") and _change_of(between) and (
                q.kind != "percent" or q.unit != out[nxt].unit):
            out[k] = replace(q, role="level", pair=nxt)
            out[nxt] = replace(out[nxt], pair=k)
    return _no_role_in_a_tally(_compared_levels(text, _from_and_to_levels(text, _levels_told_apart(text, out))))


def _levels_told_apart(text: str, out: list[Quantity]) -> list[Quantity]:
    """销售面积69.7万平方米，销售金额64.1亿元，同比分别增长19.3%和19.7% (test 59, fresh6 275, fresh31 921): N changes
    after 分别 follow N figures each told in its own clause; those are the levels the changes moved (the written rule's
    level followed by its change), paired in order. A list of levels after one verb, 产销量分别为50.4万辆和49.6万辆 or
    A、B (fresh25 801, fresh26 822: gold no role), is left as it is."""
    roled = [k for k, q in enumerate(out) if q.kind in _ROLE_KINDS]
    for n, k in enumerate(roled):
        if not out[k].role.startswith("change") or n == 0 or out[roled[n - 1]].role:
            continue
        between = text[out[roled[n - 1]].end:out[k].start]
        rest = between[_CHANGE_FOLLOWS.match(between).end():]
        if not (rest.startswith("分别") and _change_of(rest[len("分别"):])):
            continue
        changes = [k]
        for j in roled[n + 1:]:
            if not (out[j].role.startswith("change") and JOINED.match(text[out[changes[-1]].end:out[j].start])):
                break
            changes.append(j)
        levels = roled[max(n - len(changes), 0):n]
        apart = all(re.search("[，,]", text[out[a].end:out[b].start]) and not _SENTENCE_BREAK.search(text, out[a].end, out[b].start)
                    for a, b in zip(levels, levels[1:]))
        if len(levels) < 2 or len(levels) != len(changes) or not apart or any(out[a].role for a in levels):
            continue
        for level, change in zip(levels, changes):
            out[level] = replace(out[level], role="level", pair=change)
            out[change] = replace(out[change], pair=level)
    return out


# 登記1800 宗及185 億元，將較3 月的1439 宗及150.6 億元，分別上升 (fresh27 844, a Hong Kong property forecast): the
# figures after 较 are the base of the comparison, the ones before it the levels that moved (FIGURES_CONVENTION: a
# base gets no role). 比 as in 比重, 比例, 比率 compares nothing.
_COMPARISON_WORD = re.compile(r"[较較]|比(?![重例率值])")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?]")


def _compared_levels(text: str, out: list[Quantity]) -> list[Quantity]:
    """A change whose clause compares with figures after 较/比 (the base), one of them read as the level: each base
    figure leaves the level to the nearest earlier figure of its kind and unit before the comparison word, in the same
    sentence and given no role."""
    for j, change in enumerate(out):
        if not change.role.startswith("change"):
            continue
        words = [m for m in _COMPARISON_WORD.finditer(text, 0, change.start)
                 if not _SENTENCE_BREAK.search(text, m.end(), change.start)]
        if not words:
            continue
        compared_at = words[-1].start()
        sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, compared_at)), default=0)
        bases = [k for k in range(j) if out[k].start > compared_at and out[k].kind in _ROLE_KINDS
                 and out[k].role in ("", "level")]
        # Only when the base was read as the level: 指数为103.97，相比2004年的90.83，也上涨了1.14倍 keeps both plain
        # (fresh10 378, gold no role).
        if not any(out[k].role == "level" for k in bases):
            continue
        for b in bases:
            level = next((i for i in range(j - 1, -1, -1) if sentence_start <= out[i].start and out[i].end <= compared_at
                          and not out[i].role and (out[i].kind, out[i].unit) == (out[b].kind, out[b].unit)), None)
            if level is None:
                continue
            out[level] = replace(out[level], role="level", pair=j)
            out[b] = replace(out[b], role="", pair=None)
            if change.pair == b:
                out[j] = change = replace(change, pair=level)
    return out


# A percent named by a rate of change a few words before it, not right after it: GDP增速最高的是山西，达到了15.82%,
# GDP增速来看，…分别是：北京10.7%、浙江10.6%, 出口增速位居全国前列，均在20%以上 (fresh17 551, fresh19 632).
_RATE_NOUN_ROLES = ("change_up", "change_down")
_RATE_GAP_STOP = re.compile(r"[。；;！？!?]|占|比重|目标|预期|高于|低于|超过|跑赢|相差|差距|之比")


@lexicon.cached
def _rate_nouns() -> tuple[tuple[str, str], ...]:
    """(cue, role) of the change cues that name a rate of change (增速, 增幅, 增长率, 降幅 …): chosen once, not for every
    percent figure read."""
    return tuple((cue, role) for cue, role in change_cues()
                 if role in _RATE_NOUN_ROLES and cue.endswith(("幅", "速", "率", "幅度")))


def _rate_noun_before(text: str, start: int) -> tuple[int, str] | None:
    """(where it ends, role) of the last rate noun (增速, 增幅, 增长率, 降幅 …) within 80 characters before
    ``start``, nothing in between that names another quantity; None when there is none."""
    origin = max(0, start - 80)
    window = text[origin:start]
    best: tuple[int, str] | None = None
    for cue, role in _rate_nouns():
        at = window.rfind(cue)
        if at >= 0 and (best is None or at + len(cue) > best[0]):
            best = (at + len(cue), role)
    if best is None or _RATE_GAP_STOP.search(window[best[0]:]):
        return None
    return origin + best[0], best[1]


def _rates_named_before(text: str, out: list[Quantity], reached_level: set[int]) -> list[Quantity]:
    """A percent given no role that a rate of change names a few words back is that change; the figures
    between them, if any, are rates of the same list (分别为15.39%、14.26%)."""
    for k, q in enumerate(out):
        if q.role or q.kind != "percent" or q.unit != "%" or k in reached_level:
            continue
        found = _rate_noun_before(text, q.start)
        if found is None or _opens_a_move(text, q, out[k + 1:]):
            continue
        end, role = found
        between = [p for p in out[:k] if p.kind in _ROLE_KINDS and p.start >= end]
        # 增速分别较上年提高0.9个、2个和10.7个百分点，对…的贡献率分别为78.6%: a change in points after the rate is that
        # rate's change, the rate noun is spent, the percents after it are no rates of its list (fresh15 490, gold no role)
        if all(p.kind == "percent" and p.unit == "%" and p.role == role for p in between):
            out[k] = replace(q, role=role)
    return out


def _opens_a_move(text: str, q: Quantity, after: list[Quantity]) -> bool:
    """增长率从2021年的6.2%降至3.4% (fresh37 1042, gold level ×2): the figure a move starts from (从/由 before it, 至/到 …
    before the next figure of its kind) is a level, whatever rate is named before it."""
    nxt = next((p for p in after if p.kind == q.kind), None)
    return bool(nxt and _FROM_BEFORE.search(text[:q.start]) and _TO_BETWEEN.match(text[q.end:nxt.start]))


def _no_role_in_a_tally(out: list[Quantity]) -> list[Quantity]:
    """五涨一平一降 counts categories by how they moved: its numbers are neither changes nor levels."""
    tally = {k for k, q in enumerate(out) if q.note == TALLY_NOTE}
    return [replace(q, role="", pair=None) if k in tally or q.pair in tally else q for k, q in enumerate(out)]


# 从2023年的51.67亿元，骤增至…, 由昨天的20℃降到今天的8℃, 从29元调价至32元: the start (从/由 a few words before it)
# and the end (至/到 a few words after it) of a move, whatever verb moves it.
_FROM_BEFORE = re.compile(r"[从由][^，。；从由至到]{0,10}$")
# 从原先的28小时，缩短成6.5小时 (fresh31 925): a change verb and 成 land on the second figure as 至/到 do.
# 首付款比例从“不低于20%”调整为“不低于15%” (fresh37 1043, gold level ×2): a verb of setting anew and 为 do too.
_TO_BETWEEN = re.compile(r"^[^。；从由]{0,12}?(?:[至到]|(?:缩短|延长|缩减|压缩|减少|降低|下降|提高|提升|增加|扩大)成"
                         r"|(?:调整|改|变|下调|上调)为)")
# 以前的七三分变成五五分, 单价2元变为3元: a figure that becomes the next one is the level before, the next the level after;
# 400幾變到萬幾 (fresh39 1080, gold level ×4) says it with 变到.
_BECOMES_BETWEEN = re.compile(r"^[^，。；]{0,4}?(?:变成|变为|变到|变作|转为|改为)$")


def _from_and_to_levels(text: str, out: list[Quantity]) -> list[Quantity]:
    """Two figures of one kind, neither given a role, joined as 从/由 X … 至/到 Y or X 变成 Y: both are levels, paired;
    two spans too (从原先的28小时，缩短成6.5小时, fresh31 925: the time a journey took and takes)."""
    kinds = (*_ROLE_KINDS, "duration")
    for k, q in enumerate(out):
        nxt = next((j for j in range(k + 1, len(out)) if out[j].kind in kinds), None)
        if nxt is None or q.kind not in kinds or q.role or out[nxt].role not in ("", "level") or out[nxt].kind != q.kind:
            continue
        between = text[q.end:out[nxt].start]
        if (_FROM_BEFORE.search(text[:q.start]) and _TO_BETWEEN.match(between)) or _BECOMES_BETWEEN.match(between):
            out[k] = replace(q, role="level", pair=nxt)
            out[nxt] = replace(out[nxt], role="level", pair=k)
    return out
