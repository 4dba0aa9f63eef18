"""Round 31 mend, second wave (m31a2): a web component's JSX/Vue markup read as the page it renders.

- fresh39 1087 (a publisher's post as a React TSX module, provenance in data/eval/fresh39/SOURCES.tsv): the module's
  data object ``info: { title: "…", latest_update: [2024, 8, 21] }`` holds the headline and the only date; a figure
  component's caption is a prop in braces (``<Fig art={<img …/>} caption={"圖｜…"} />``), which read as HTML fell apart
  into ``} caption={…} />`` lines marked chrome; the medal list under ``…登上奧運會領獎台：`` was dropped from the body.
- Made-up variants: a Vue single-file component of another site (a bound ``:caption="'…'"`` prop on a kebab-case
  component, ``data()`` dating the post with a publish key), a JSX list item whose name and text are two elements
  joined by a ``{" "}`` child, a component's prose ``title`` prop shown as a heading.
- Near misses: a component's class list, a picture's alternative text and a click handler's string are no text; a key
  that is an identifier (``key: "post_89"``) or a UI label is no headline; a publish key wins over an edit's date.
"""

from conftest import load_text, role_holding, role_of

from zhnews.load import sourcefile

# fresh39 1087, cut small (the real lines; the list shortened to its two gold rows).
POST = """import Sec from "../../_Templates/Layouts/InArticle/_ArticleSection";
import Fig from "../../_Templates/Layouts/InArticle/Fig";
import Template_Page from "../../_Templates/Template_Page";

const Post_89: Template_Page = {
  info: {
    title: "讀奧運健兒故事 做「閃光的少年」！",
    label: "",
    key: "post_89",
    latest_update: [2024, 8, 21],
    brief:
      "獎牌是運動員的個人成就，也是更多愛好運動的人們堅守熱愛、勇攀高峰，成為各位前行的動力與希望。",
  },
  content: (
    <>
      <Sec>
        <p>
          在剛剛結束的巴黎奧運會上，香港運動員以卓越表現奪得2金2銅，創下歷史最佳成績，掀起全港奧運熱潮。
        </p>

        <Fig
          art={
            <img src="https://i.pinimg.com/originals/a9/20/5e/a9205ec02407d93dd0e64c3527917fd2.webp" />
          }
          caption={
            "圖｜港隊運動員21日巴士巡遊活動前向媒體打招呼（圖片來自大公文匯）"
          }
        />

        <p>歷屆奧運會中，香港先後產生了11位奧運得獎者，登上奧運會領獎台：</p>
        <ul>
          <li>江旻憓 2024年巴黎奧運女子個人重劍金牌</li>
          <li>
            何詩蓓 2024年巴黎奧運女子100米及200米自由泳銅牌、
            2021年東京奧運女子100米及200米自由泳銀牌
          </li>
        </ul>

        <p>
          獎牌的取得不僅展現了運動員的個人成就，也激勵了更多愛好運動的人們堅守熱愛、勇攀高峰，成為各位前行的動力與希望。
        </p>

        <Fig art={<img src={Fig1} />} caption={"（圖片來自香港01）"} />

        <p>再次為港隊運動員取得的驕人成績送上祝賀和祝福！也期待見證更多運動員的卓越成就！</p>
      </Sec>
    </>
  ),
};

export default Post_89;
"""


def test_tsx_post_reads_its_data_object_captions_and_list(tmp_path):
    article = load_text(tmp_path, "Post_89.tsx", POST)
    assert article.meta["format"] == "source"
    assert article.meta["title"] == "讀奧運健兒故事 做「閃光的少年」！"
    assert article.meta["publish_date"] == "2024-08-21"  # the edit's date, the only one the file gives
    assert role_of(article, "圖｜港隊運動員21日巴士巡遊活動前向媒體打招呼（圖片來自大公文匯）") == ("caption", "image_caption")
    assert role_of(article, "（圖片來自香港01）") == ("caption", "image_caption")
    assert role_holding(article, "江旻憓 2024年巴黎奧運女子個人重劍金牌")[0] == "body"
    assert role_holding(article, "何詩蓓 2024年巴黎奧運女子100米及200米自由泳銅牌、 2021年東京奧運女子100米及200米自由泳銀牌")[0] == "body"
    texts = " ".join(article.paragraphs["text"])
    assert "caption={" not in texts and "} />" not in texts
    assert "堅守熱愛、勇攀高峰，成為各位前行的動力與希望。" not in texts.replace("也激勵了更多愛好運動的人們堅守熱愛", "")  # the brief is no text
    assert article.coverage.ratio == 1.0


def test_markup_of_a_tsx_post_keeps_every_line():
    assert sourcefile.markup_of(POST).count("\n") == POST.count("\n")


VUE_POST = """<template>
  <div class="news-detail">
    <h1>{{ post.title }}</h1>
    <p>海港区老旧小区改造工程日前全面开工，涉及居民楼四十二栋，预计年底前完成外墙保温和管网更新。</p>
    <news-photo src="/img/p1.jpg" :caption="'图：施工人员在海港区一处小区内更换供水管道'" :width="640" />
    <p>区住建局负责人表示，改造期间将分片施工，尽量减少对居民出行的影响，并设立了咨询热线。</p>
  </div>
</template>
<script>
export default {
  data() {
    return { post: { title: "海港区老旧小区改造全面开工", publishDate: "2023-05-02", updatedAt: "2023-06-10" } };
  },
};
</script>
"""


def test_vue_component_bound_caption_and_publish_key(tmp_path):
    article = load_text(tmp_path, "NewsDetail.vue", VUE_POST)
    assert article.meta["title"] == "海港区老旧小区改造全面开工"
    assert article.meta["publish_date"] == "2023-05-02"  # the publish key, not the edit's
    assert role_of(article, "图：施工人员在海港区一处小区内更换供水管道") == ("caption", "image_caption")
    assert "640" not in " ".join(article.paragraphs["text"])


JSX_LIST = """import React from "react";
export default function Winners() {
  return (
    <article className={"post mx-auto text-lg"}>
      <h1>市民运动会闭幕 三项纪录被刷新</h1>
      <p>为期五天的第十二届市民运动会昨日闭幕，共有来自全市各区的三千余名选手参加了二十个大项的比赛。</p>
      <Section title="破纪录选手">
        <ul>
          <li><strong>陈立新</strong>{" "}男子五千米 14分52秒</li>
          {/* 待补充 */}
          <li><strong>周雅琴</strong>{" "}女子跳远 6米21</li>
        </ul>
      </Section>
      <Photo alt="运动员冲过终点线" src={finish} />
      <button onClick={() => alert("报名成功")}>分享</button>
      <p>组委会表示，下一届运动会将增设电子竞技和飞盘等新兴项目，报名工作将于明年三月启动。</p>
    </article>
  );
}
"""


def test_jsx_children_joined_by_a_literal_space_and_a_prose_title_prop(tmp_path):
    article = load_text(tmp_path, "Winners.jsx", JSX_LIST)
    assert article.meta["title"] == "市民运动会闭幕 三项纪录被刷新"
    assert role_holding(article, "陈立新 男子五千米 14分52秒")[0] == "body"
    assert role_holding(article, "周雅琴 女子跳远 6米21")[0] == "body"
    assert any(text.strip() == "破纪录选手" for text in article.paragraphs["text"])
    texts = " ".join(article.paragraphs["text"])
    # near misses: a class list, a picture's alternative text, a comment and a handler's string show nothing
    for code in ("mx-auto", "运动员冲过终点线", "待补充", "报名成功", "{", "}"):
        assert code not in texts
    assert article.coverage.ratio == 1.0


def test_data_object_identifier_and_ui_label_are_no_headline():
    clues = sourcefile._data_object_clues('const page = { key: "post_89", title: "页面", slug: "a-b" };\n')
    # 页面 is prose (a page clue, which the markup's headline beats); post_89 and a-b are no field's value
    assert [(clue.key, clue.value, clue.strength) for clue in clues] == [("title", "页面", "page")]
    assert sourcefile._data_object_clues('const a = { title: "post_89", date: "YYYY-MM-DD" };') == []


def test_edit_date_only_when_nothing_else_dates_the_module():
    edited = sourcefile._data_object_clues("const info = { modifiedAt: 1717200000 };")
    assert [(clue.value, clue.strength) for clue in edited] == [("2024-06-01", "guess")]
    both = sourcefile._data_object_clues("const info = { lastmod: [2024, 9, 1], date: [2024, 8, 21] };")
    assert [(clue.value, clue.strength) for clue in both] == [("2024-08-21", "format")]


def test_html_element_keeps_a_braced_string_as_its_attribute():
    markup = sourcefile._component_markup_as_html('<img alt={"港隊運動員巡遊"} src={photo} />\n<p>正文</p>')
    assert markup == '<img alt="港隊運動員巡遊">\n<p>正文</p>'


# ------------------------------------------------------------------------------------------------------------
# A dateline word set apart before the reporter's credit (fresh36 1028: 环球网报道 实习记者 王博雅琪 　　据路透社…)

STORY_LINES = ("据路透社7日报道，全球移动通信系统协会的行业分析报告显示，禁止从中国供应商购买通信设备将使欧洲5G网络成本增加约550亿欧元。\n\n"
               "该报告还称，禁止从中国公司购买通信设备，还将导致5G技术的部署推出推迟18个月，影响自动驾驶等多个领域。\n")


def _plain_story(lead_line: str) -> str:
    return f"如封杀华为中兴 欧洲建5G要多花4287亿\n\n2019-06-09 08:23:23\n\n{lead_line}\n\n{STORY_LINES}"


def test_outlet_s_report_word_before_a_reporter_s_credit_set_apart(tmp_path):
    article = load_text(tmp_path, "a.txt", _plain_story("　　环球网报道 实习记者 王博雅琪"))  # fresh36 1028, cut small
    assert article.meta["outlet"] == "环球网"
    assert article.meta["author"] == "王博雅琪"
    variant = load_text(tmp_path, "b.txt", _plain_story("人民网报道 记者 李明阳"))
    assert variant.meta["outlet"] == "人民网"
    traditional = load_text(tmp_path, "c.txt", _plain_story("星島日報報道 記者 陳家明"))
    assert traditional.meta["outlet"] == "星島日報"


def test_report_word_glued_to_a_sentence_about_reporters_names_no_outlet(tmp_path):
    # near miss: 环球网报道记者在… is a sentence (no gap before the credit), not a dateline
    article = load_text(tmp_path, "a.txt", _plain_story("环球网报道记者在布鲁塞尔看到，多家运营商仍在观望。"))
    assert article.meta["outlet"] != "环球网"
