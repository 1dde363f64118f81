export const metadata = { title: 'Example app' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto' }}>
        <main>{children}</main>
      </body>
    </html>
  );
}
