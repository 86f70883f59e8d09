package storetest

func specials() []Case { return nil }
