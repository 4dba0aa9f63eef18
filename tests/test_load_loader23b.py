"""Round 23 (loader23b): which lines are the article, by shape and by the reference lists of page chrome (readability's
extraneous/unlikelyCandidates, trafilatura's discard xpaths, jusText's short/bad classes). Each rule is exercised on the
seen article that showed the shape where there is one (its gold: data/eval/**/loader_lines.tsv), on made-up variants
(other outlets, words, order, Traditional characters) and on near-misses it must leave alone.
"""

from conftest import load, load_text, role_holding, shared_or_skip

_TITLE = "# 制造业景气回升"
_PARAGRAPH = "国家统计局今天发布数据，11月份制造业采购经理指数为49.4%，比上月上升0.2个百分点，制造业景气水平有所改善。"
_PARAGRAPH_2 = "国家统计局服务业调查中心首席统计师表示，本月制造业采购经理指数回升，大型企业的指数继续位于扩张区间，中小企业有所下降。"
_PARAGRAPH_3 = "从分类指数看，生产指数和新订单指数均高于上月，原材料购进价格指数和出厂价格指数则低于上月，市场需求仍待进一步恢复。"


def _shared(folder: str):
    return shared_or_skip(folder, "the loader23b tests read seen articles of ../shared")


def _article(tmp_path, name: str, *lines: str):
    return load_text(tmp_path, name, "\n\n".join([_TITLE, *lines]))


def _body_stays(article):
    for paragraph in (_PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3):
        assert role_holding(article, paragraph)[0] == "body"


# --- a strip of a page's control labels ---------------------------------------------------------------------------------

_STRIPS = ("分享到：微信 微博 QQ空间", "【字号 大 中 小】 【打印】 【关闭窗口】", "打印 | 关闭窗口", "字體：大 中 小 | 列印",
           "赞 12 评论 3 分享", "收藏 / 举报 / 复制链接", "Facebook LINE 複製連結", "返回首页 > 返回列表", "播放 暂停 全屏 倍速",
           "12条评论 | 我要评论", "上一页 首页 下一页")


def test_a_strip_of_control_labels_is_chrome_above_below_and_inside_the_article(tmp_path):
    for strip in _STRIPS:
        for where, lines in (("tail", (_PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3, strip)),
                             ("head", (strip, _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3)),
                             ("core", (_PARAGRAPH, _PARAGRAPH_2, strip, _PARAGRAPH_3))):
            article = _article(tmp_path, "strip.md", *lines)
            assert role_holding(article, strip)[0] == "boilerplate", (strip, where)
            _body_stays(article)


def test_one_control_label_alone_is_chrome_only_outside_the_article(tmp_path):
    for label in ("返回首页", "展开全文", "小程序", "全文閱讀", "下載客戶端", "点击播放"):
        below = _article(tmp_path, "one.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3, label)
        assert role_holding(below, label)[0] == "boilerplate", label
    # near-miss: inside the article, one such word may head a section (推荐 over a reviewer's picks)
    inside = _article(tmp_path, "inside.md", _PARAGRAPH, "**推荐**", _PARAGRAPH_2, _PARAGRAPH_3)
    assert role_holding(inside, "推荐")[0] == "body"


def test_lines_that_only_look_like_control_strips_stay_body(tmp_path):
    near = ("他在微信上分享了这段视频，评论区很快有上千条回复。",  # a sentence naming the controls
            "北京 上海 广州 深圳",  # a list of real facts, no control among them
            "大 中 小",  # sizes without a font label
            "12 / 3",  # counters without a label
            "微信 微博 抖音 快手 小红书的月活跃用户数量对比")  # share targets in a longer phrase
    for line in near:
        article = _article(tmp_path, "near.md", _PARAGRAPH, _PARAGRAPH_2, line, _PARAGRAPH_3)
        assert role_holding(article, line)[0] == "body", line
