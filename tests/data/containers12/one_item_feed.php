<?php
    header('Content-Type: application/rss+xml');
?>
<rss version="2.0">
    <channel>
        <title>Google</title>
        <link>http://www.google.cn</link>
        <description>Google</description>
        <pubDate>Fri, 12 Mar 2010 09:00:00 GMT</pubDate>
        <language>zh-CN</language>
        <image>
            <link>http://www.google.cn</link>
            <url>http://www.google.cn/logos/arborday10-hp.gif</url>
            <title>Google</title>
        </image>
        <item>
            <title>今天是植树节</title>
            <link>http://www.google.cn</link>
            <category><![CDATA[Test]]></category>
            <description><![CDATA[<h3>植树节简介</h3>“植树节”是一些国家以法律形式规定的以宣传森林效益，并动员群众参加义务造林为活动内容的节日。按时间长短可分为植树日、植树周或植树月，总称植树节。通过这种活动，激发人们爱林、造林的感情，提高人们对森林功用的认识，促进国土绿化，达到爱林护林和扩大森林资源、改善生态环境的目的。 为了动员全民植树而规定的节日。中国曾于1915年由政府颁令规定清明节为植树节即3月12日。后来到了1928年的4月7日，民国政府颁布了植树令：以后旧历清明植树节应改为总理逝世几年植树式。”民国政府之所以颁布这道令，是因为孙先生幼年就对“树艺牧畜”十分热爱的缘故。他在海外留学时，经常利用假期回故乡种植桑树。1979年2月23日，第五届全国人大常务委员会第六次会议决定，仍以3月12日为中国的植树节，以鼓励全国各族人民植树造林，绿化祖国，改善环境，造福子孙后代。]]></description>
            <pubDate>Fri, 12 Mar 2010 09:57:43 GMT</pubDate>
            <guid>http://www.google.cn</guid>
        </item>
    </channel>
</rss>