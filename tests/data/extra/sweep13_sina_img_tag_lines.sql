DROP TABLE IF EXISTS `news`;
CREATE TABLE `news` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL COMMENT '标题',
  `text` text NOT NULL COMMENT '内容',
  `author` int(10) DEFAULT NULL COMMENT '编辑',
  `impnews` int(1) DEFAULT '0' COMMENT '是否推送到要闻',
  `slide` int(1) DEFAULT '0' COMMENT '是否推送到幻灯',
  `slideImg` varchar(255) DEFAULT NULL,
  `tag` varchar(255) DEFAULT NULL COMMENT '标签',
  `category` int(10) DEFAULT NULL COMMENT '分类',
  `views` int(10) DEFAULT '0' COMMENT '浏览次数',
  `searchs` int(10) DEFAULT '0' COMMENT '搜索次数',
  `created` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `updated` bigint(13) DEFAULT NULL COMMENT '修改时间',
  `review` int(4) DEFAULT NULL COMMENT '审核',
  `like` int(11) DEFAULT NULL COMMENT '点赞',
  PRIMARY KEY (`id`),
  KEY `authorId` (`author`),
  KEY `category` (`category`),
  CONSTRAINT `news_ibfk_1` FOREIGN KEY (`author`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `news_ibfk_2` FOREIGN KEY (`category`) REFERENCES `category` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1097 DEFAULT CHARSET=utf8;
INSERT INTO `news` VALUES ('997', '外媒评2017Top 5女球员陈雨菲上榜 一特点可贵', '<img>http://n.sinaimg.cn/sports/transform/w650h400/20180112/2Iep-fyqnick8697257.jpg</img>\r\n　　2017赛季在BWF巡回赛的赛场上，女单球员一次又一次地施展她们的魔法，屡屡制造出犀利的杀球、令人兴奋的对攻以及难以置信的比赛。印度的辛德胡打了几场史诗级别的精彩之战，而中国的陈雨菲是这个赛季最大的惊喜。\r\n　　现在是时候回顾一下惊心动魄的2017赛季，找出在过去的一年表现最好的5个球员，谁会得到这份榜单的青睐呢？\r\n　　5 陈雨菲\r\n　　如果中国队在上个赛季的任务之一是寻找下一个女单未来之星，那么她们一定已经得到了确切的答案。逐渐成熟的前世界青年冠军陈雨菲在这个赛季走进了球迷的视线，这个19岁的小将的未来不可限量。\r\n　　更难能可贵的是陈雨菲在BWF的顶级赛事中，在与名将的对战中毫无惧色。回顾中国小姑娘在2017赛季中的表现时可以轻易地看出这一点。这一年在她击败过的球员的名单中辛德胡、山口茜、因达农、内瓦尔、成池铉都没能幸免。\r\n　　在刚刚过去的这个赛季，中国小将没有冠军入账，但在世锦赛中赢得了铜牌，在迪拜总决赛中打进了四强，这也足以证明她具有的无限潜能。\r\n　　4 奥原希望\r\n　　奥原希望由于遭遇了膝伤的困扰错过了本赛季的后半段，这让人觉得十分可惜。我们没办法知道如果能顺利打完这个赛季，她能取得什么样的成绩。因为上半赛季她取得了那么亮眼的战绩。\r\n　　在世锦赛和澳大利亚赛上，她力克了山口茜、马林和辛德胡，在赢得了全部的6场比赛后，留到了这两项赛事的最后。世锦赛决赛中她与辛德胡的经典大战在此后很长一段时间里被球迷们津津乐道。\r\n　　3 辛德胡\r\n　　2017赛季是印度人辛德胡的第一个表现稳定的赛季。在里约奥运会中历史性的拿到了银牌后，她的信心也完成了井喷式的增长。今年我们看到的是升级版的辛德胡，在她的上一版战斗力统计表中稳定性一栏的数值多少有些拿不出手，而现在这一能力已经达到历史新高。\r\n　　辛德胡用三冠为2017赛季收尾，其中两个来自超级系列赛（韩国赛、印度赛），赛季中达到的世界第2的排名也是她的职业生涯新高。纵观瘦高的印度人整年的表现，她在其他方面取得的进步同样显而易见，最值得一提的就是她的反手和防守能力。\r\n　　最有力的证据就是她出战的两项大赛的决赛——世锦赛的决赛和迪拜总决赛的决赛，她都与对手缠斗了三局。虽然最后都是以失利收尾，但她在比赛中表现出的坚韧和对胜利的渴望，对以后的职业生涯来说是一笔巨大的财富。\r\n　　2 山口茜\r\n　　如果说上半赛季是戴资颖的天下，那么下半赛季就理应属于山口茜。20岁的日本选手在上半赛季也不乏稳定的发挥，只是在大赛的关键时刻打得略有瑕疵。\r\n\r\n　　在世锦赛过后，她把状态提升到了一个更高的水平，全面展现了自己的能力。在七项巡回赛中，她四次打进了决赛，并在其中的两次笑到了最后。其中分量最重的一个冠军头衔当属年终总决赛，她在与辛德胡打满三局后艰难取胜。\r\n　　山口茜的世界排名是她稳定表现的最好奖赏，她以职业生涯最高的世界第2名的成绩结束了2017赛季。\r\n　　1 戴资颖\r\n　　说2017赛季属于戴资颖也不为过。中华台北选手延续了从2016年底开始的无敌状态，赢得了2017赛季的前三项超级系列赛的冠军，此外亚锦赛冠军也被她收入囊中。她火热的手感帮助她打出了一波难以置信的27连胜，最终在印尼赛上由于不敌金达蓬才终止。\r\n　　下半年她的状态略有下滑，但是在赛季末还是稳住了阵脚，在法国公开赛和香港公开赛上坐上冠军宝座，最后以相对理想的状态结束了这个赛季。\r\n　　现任世界第一本赛季还创造了一项纪录，她以单赛季斩获五站超级系列赛冠军的成绩创造了单打选手单赛季夺冠数量之最。(BWF世界羽联）\r\n\r\n\r\n\r\n', null, '0', '0', null, '体育', '23', '0', '0', '1514449807796', '1514449807796', '1', '0');
