import { describe, expect, it } from "vitest";
import { notificationEmail } from "@/lib/notifications/email-text";
import { senderDomain, smtpSettings } from "@/lib/notifications/smtp-config";
import { maskEmail } from "@/lib/people/mask";

const reminder = {
  tenantName: "房山区总工会",
  displayName: "张三",
  title: "每周工作进展（2027年第10周）还剩 1天 截止",
  body: "窦店镇总工会的每周工作进展将于 2027-03-10 17:00 截止，请按时报送。",
  link: "/reports/weekly_progress/2027-W10/node123",
  baseUrl: "https://ljfl.example.org",
};

describe("the reminder email", () => {
  it("repeats the notification in Chinese with the tenant in the subject and an absolute link to the report", () => {
    const { subject, text } = notificationEmail(reminder);
    expect(subject).toBe("【房山区总工会】每周工作进展（2027年第10周）还剩 1天 截止");
    expect(text.split("\n")).toEqual([
      "张三，您好：",
      "",
      reminder.title,
      reminder.body,
      "",
      "打开报表：https://ljfl.example.org/reports/weekly_progress/2027-W10/node123",
      "",
      "——",
      "房山区总工会 · 党建引领垃圾分类工作平台",
      "这是一封自动发送的提醒邮件，请勿直接回复。如不想再收到，请登录平台，在“我的账号”中清除邮箱。",
      "",
    ]);
  });

  it("keeps the path when the platform's address is unknown, leaves out what is missing, and keeps the subject on one line", () => {
    const { subject, text } = notificationEmail({ ...reminder, baseUrl: null, body: null, title: "第一行\r\nBcc: x@evil.cn" });
    expect(subject).toBe("【房山区总工会】第一行 Bcc: x@evil.cn");
    expect(text).toContain("打开报表：/reports/weekly_progress/2027-W10/node123");
    expect(notificationEmail({ ...reminder, link: null }).text).not.toContain("打开报表");
    expect(notificationEmail({ ...reminder, baseUrl: "https://x.org/base/" }).text).toContain("https://x.org/reports/weekly_progress/");
  });
});

describe("SMTP configuration", () => {
  it("is off without SMTP_URL or SMTP_FROM, and refuses anything but smtp:// and smtps://", () => {
    expect(smtpSettings({})).toBeNull();
    expect(smtpSettings({ SMTP_URL: "  ", SMTP_FROM: "a@b.cn" })).toBeNull();
    expect(smtpSettings({ SMTP_URL: "smtp://u:p@mail.example.org:587" })).toBeNull();
    expect(smtpSettings({ SMTP_URL: "http://mail.example.org", SMTP_FROM: "a@b.cn" })).toBeNull();
    expect(smtpSettings({ SMTP_URL: "smtps://u:p@mail.example.org:465", SMTP_FROM: "平台提醒 <noreply@Example.org>" })).toEqual({
      url: "smtps://u:p@mail.example.org:465",
      from: "平台提醒 <noreply@Example.org>",
    });
    expect(senderDomain("平台提醒 <noreply@Example.org>")).toBe("example.org");
    expect(senderDomain("noreply@mail.example.org")).toBe("mail.example.org");
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("zhang.san@example.com")).toBe("z********@example.com");
    expect(maskEmail("ab@x.cn")).toBe("a***@x.cn");
    expect(maskEmail(null)).toBeNull();
    expect(maskEmail("broken")).toBe("****");
  });
});
