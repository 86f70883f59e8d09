package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Words and numbers written the way each language writes them. The words come from the
// catalogue; the rules (order, separators) are here.

// MonthDay writes "24 Nov" with the month abbreviated in the language.
func MonthDay(day int, m time.Month, l Lang) string {
	en := [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	id := [...]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
	name := en[m-1]
	if l == ID {
		name = id[m-1]
	}
	return strconv.Itoa(day) + " " + name
}

// WeekdayName is the day's name in the language: "Monday", "Senin".
func WeekdayName(d time.Weekday, l Lang) string {
	en := [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	id := [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
	if l == ID {
		return id[d]
	}
	return en[d]
}

// Clock writes a time of day as the language does: 09:00 in English, 09.00 in Bahasa
// Indonesia.
func Clock(hour, minute int, l Lang) string {
	sep := ":"
	if l == ID {
		sep = "."
	}
	return fmt.Sprintf("%02d%s%02d", hour, sep, minute)
}

// JoinAnd lists words as people write them: "a, b and c" in English, "a, b, dan c" in
// Bahasa Indonesia.
func JoinAnd(words []string, l Lang) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	case 2:
		return words[0] + " " + msgAnd.In(l) + " " + words[1]
	}
	sep := " "
	if l == ID {
		sep = ", "
	}
	return strings.Join(words[:len(words)-1], ", ") + sep + msgAnd.In(l) + " " + words[len(words)-1]
}

// numberWords are the numbers that prose spells out, one to nine.
var numberWords = [...]*Message{
	msgNumber1, msgNumber2, msgNumber3, msgNumber4, msgNumber5, msgNumber6, msgNumber7, msgNumber8, msgNumber9,
}

// NumberWord writes a count as prose does: in words from one to nine, in numerals
// from 10 on (and for 0 and below).
func NumberWord(n int, l Lang) string {
	if n >= 1 && n <= len(numberWords) {
		return numberWords[n-1].In(l)
	}
	return strconv.Itoa(n)
}

// Weeks writes a span of weeks in prose: "one week", "six weeks", "12 weeks".
func Weeks(n int, l Lang) string {
	if n == 1 {
		return MsgTrendOneWeek.In(l)
	}
	return MsgTrendWeeks.In(l, NumberWord(n, l))
}
