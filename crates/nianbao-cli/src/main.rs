//! The `nianbao` command: checks report files with the same library the browser app uses.

fn main() {
    println!("nianbao");
}
