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


# --- the page's tail glued to the closing paragraph ---------------------------------------------------------------------

def test_the_tail_glued_after_the_last_sentence_is_cut_off_on_seen_pages():
    # a WeChat post in a CSV field (fresh19 622): the account's tail glued after 共襄校庆盛举。 with spaces between its lines
    wechat = load(_shared("fresh19"), "622_csv_wechat_scnu_xiaoqing_donation_2407wan.csv")
    for line in ("点击下方小程序可选购最新华师文创", "#往期回顾#", "后台回复关键词即可获取校历"):
        assert role_holding(wechat, line)[0] == "boilerplate", line
    assert role_holding(wechat, "汇聚点滴爱心，传递爱校情谊，共襄校庆盛举。")[0] == "body"
    # a news agency's text dump (fresh16 515): 来源： glued to the last telephone number of a list
    agency = load(_shared("fresh16"), "515_txt_xinhuashe_korea_knife_attack_threats.txt")
    assert role_holding(agency, "来源：新华社、中国驻韩国大使馆") == ("boilerplate", "source_note")
    assert role_holding(agency, "驻济州总领事馆领事保护与协助电话：+82-64-722-8802")[0] == "body"


def test_made_up_glued_tails_of_other_accounts_and_sources(tmp_path):
    for tail in ("长按识别二维码关注我们 往期推荐 投稿邮箱：tougao@example.com",
                 "扫码关注 更多精彩",
                 "點擊上方藍字關注我們 延伸閱讀"):
        article = _article(tmp_path, "glued.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3 + tail)
        assert role_holding(article, tail)[0] == "boilerplate", tail
        _body_stays(article)
    labelled = _article(tmp_path, "label.md", _PARAGRAPH, _PARAGRAPH_2,
                        _PARAGRAPH_3 + "咨询电话：010-68782000来源：人民网")
    assert role_holding(labelled, "来源：人民网")[0] == "boilerplate"
    assert role_holding(labelled, "咨询电话：010-68782000")[0] == "body"


def test_an_unfinished_closing_run_without_a_cue_or_inside_brackets_stays_whole(tmp_path):
    plain = _article(tmp_path, "plain.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3 + "下一步 重点是稳就业和稳预期")
    assert role_holding(plain, "下一步 重点是稳就业和稳预期")[0] == "body"
    note = "（作者：南帆，系福建师范大学文艺批评研究中心特约研究员）"
    bracketed = _article(tmp_path, "note.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3 + note)
    assert role_holding(bracketed, note)[1] != "source_note"
    assert not any(text.startswith("作者：南帆") for text in bracketed.paragraphs["text"])  # the note is not cut in two
    # a source named inside a longer word (a fact box's 資料來源) is no label glued on
    box = _article(tmp_path, "box.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3 + "2017/12/01弗林承認作出不實陳述資料來源：美聯社")
    assert box.meta["outlet"] != "美聯社"


# --- a follow-and-reply promo, a mini-program card, a player, a comment counter, an app banner, a QR code --------------

def test_a_promo_asking_the_reader_to_send_a_keyword_is_chrome_and_a_reply_in_the_story_is_not(tmp_path):
    for promo in ("关注公众号，回复“资料”领取", "後台回覆「報告」即可獲取全文", "对话框回复数字1查看往期合集",
                  "关注我们并发送“PMI”获取完整数据"):
        article = _article(tmp_path, "promo.md", _PARAGRAPH, _PARAGRAPH_2, promo, _PARAGRAPH_3)
        assert role_holding(article, promo)[0] == "boilerplate", promo
    for story in ("他在后台回复“收到”后就下线了，再也没有上线。", "有读者在后台回复称想了解更多情况，编辑部随后作了补充。"):
        article = _article(tmp_path, "story.md", _PARAGRAPH, story, _PARAGRAPH_2, _PARAGRAPH_3)
        assert role_holding(article, story)[0] == "body", story


def test_a_mini_program_prompt_is_chrome_outside_the_article_and_a_how_to_inside_it_stays(tmp_path):
    for prompt in ("点击下方小程序可选购文创产品", "長按小程序卡片報名", "进入小程序查看更多"):
        article = _article(tmp_path, "mini.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3, prompt)
        assert role_holding(article, prompt)[0] == "boilerplate", prompt
    how_to = "点击小程序右上角的三个点，选择“设置”，即可关闭消息推送，整个过程不到一分钟。"
    article = _article(tmp_path, "howto.md", _PARAGRAPH, how_to, _PARAGRAPH_2, _PARAGRAPH_3)
    assert role_holding(article, how_to)[0] == "body"


def test_players_counters_app_banners_and_qr_prompts_are_chrome(tmp_path):
    for line in ("00:00 / 02:35", "1:02:03 / 1:30:00", "已有0条评论", "查看全部12条评论", "共3則留言", "打开APP，阅读全文",
                 "打開新聞App 看更多精彩內容", "下载客户端查看完整版", "扫一扫，手机阅读", "掃碼用手機看"):
        article = _article(tmp_path, "chrome.md", _PARAGRAPH, _PARAGRAPH_2, line, _PARAGRAPH_3)
        assert role_holding(article, line)[0] == "boilerplate", line
    for line in ("打开支付宝APP即可查询本人社保缴费记录，不用再跑窗口。", "会议于09:30开始，持续到11:45，共有三百人参加。",
                 "截至目前，已有120名网友参与评论，多数支持这一做法。"):
        article = _article(tmp_path, "near.md", _PARAGRAPH, _PARAGRAPH_2, line, _PARAGRAPH_3)
        assert role_holding(article, line)[0] == "body", line


# --- a related heading wrapped in hashes --------------------------------------------------------------------------------

def test_a_related_heading_wrapped_in_hashes_takes_the_list_below_it(tmp_path):
    for heading in ("#往期回顾#", "＃往期精彩＃", "#相關專題#"):
        article = _article(tmp_path, "hash.md", _PARAGRAPH, _PARAGRAPH_2, _PARAGRAPH_3, heading,
                           "[统计局：10月份CPI同比下降0.2%](https://example.com/1)")
        assert role_holding(article, heading.strip("#＃"))[0] == "boilerplate", heading
    topic = _article(tmp_path, "topic.md", _PARAGRAPH, "#话题讨论#", _PARAGRAPH_2, _PARAGRAPH_3)
    assert role_holding(topic, "话题讨论")[0] == "body"


# --- an info line of label：value pairs anywhere --------------------------------------------------------------------------

def test_an_info_line_of_label_value_pairs_is_no_body_anywhere():
    # 东方财富 via an Obsidian clip (fresh16 511): the article goes on in quotes below its source line
    article = load(_shared("fresh16"), "511_page_dongfangcaifu_room_temperature_superconductor_stocks.md")
    assert role_holding(article, "文章来源：财联社 责任编辑：91")[0] != "body"


def test_made_up_info_lines_inside_the_article_and_a_near_miss(tmp_path):
    for line in ("来源：人民网 编辑：李明", "作者：王小明 来源：經濟日報", "稿源：新华社 发布时间：2023-12-01 10:00",
                 "出版：2024-03-29 23:15更新：2024-03-30 01:46", "發稿時間：2023/12/01 10:05 最後更新：2023/12/01 11:20"):
        article = _article(tmp_path, "info.md", _PARAGRAPH, _PARAGRAPH_2, line, _PARAGRAPH_3)
        assert role_holding(article, line)[0] != "body", line
        _body_stays(article)
    event = "时间：2023年12月1日 地点：北京市朝阳区"
    article = _article(tmp_path, "event.md", _PARAGRAPH, _PARAGRAPH_2, event, _PARAGRAPH_3)
    assert role_holding(article, event)[0] == "body"
