// Command hello is the floor that jeda-bench measures start-up against: a Go program
// that prints one line and exits.
package main

import "os"

func main() { _, _ = os.Stdout.WriteString("hello\n") }
